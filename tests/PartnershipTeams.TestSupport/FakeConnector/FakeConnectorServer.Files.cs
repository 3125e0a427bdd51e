using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PartnershipTeams.TestSupport.FakeConnector;

/// <summary>
/// Teams' file flow in a personal chat (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4):
/// the user answers a file consent card with a "fileConsent/invoke" whose uploadInfo points here, the bot PUTs the file
/// with Content-Range, and then posts a file info card.
/// </summary>
public sealed partial class FakeConnectorServer
{
    public const string ConsentCardType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoCardType = "application/vnd.microsoft.teams.card.file.info";
    private const string UploadsPath = "/uploads";

    private readonly ConcurrentDictionary<string, byte[]> uploads = new();

    /// <summary>Files the bot uploaded, by the name the consent answer gave.</summary>
    public IReadOnlyDictionary<string, byte[]> Uploads => uploads;

    /// <summary>Upload requests that were refused (wrong method, missing or wrong Content-Range).</summary>
    public int RefusedUploads { get; private set; }

    /// <summary>The "fileConsent/invoke" Teams sends when the user presses Allow (or Decline) on a consent card the bot sent.</summary>
    public JsonObject AnswerConsent(ConnectorCall consentCall, bool accept, string locale = "sv-SE")
    {
        var attachment = consentCall.Body?["attachments"]?[0] ?? throw new InvalidOperationException("The call carries no attachment.");
        if ((string?)attachment["contentType"] != ConsentCardType)
        {
            throw new InvalidOperationException($"The call carries {(string?)attachment["contentType"]}, not a file consent card.");
        }

        var name = (string)attachment["name"]!;
        var id = Guid.NewGuid().ToString("N")[..12];
        var value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = accept ? "accept" : "decline",
            ["context"] = attachment["content"]![accept ? "acceptContext" : "declineContext"]?.DeepClone(),
        };
        if (accept)
        {
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = $"https://contoso-my.sharepoint.com/personal/anna/Documents/Applications/PartnershipTeams/{Uri.EscapeDataString(name)}",
                ["name"] = name,
                ["uploadUrl"] = $"{ServiceUrl.TrimEnd('/')}{UploadsPath}/{id}/{Uri.EscapeDataString(name)}",
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
                ["uniqueId"] = id,
            };
        }

        var activity = Activities.Base("invoke", ServiceUrl, locale);
        activity["name"] = "fileConsent/invoke";
        activity["value"] = value;
        return activity;
    }

    private async Task ServeUploadAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var content = body.ToArray();
        var range = context.Request.Headers.ContentRange.ToString();
        if (context.Request.Method != "PUT" || range != $"bytes 0-{content.Length - 1}/{content.Length}")
        {
            RefusedUploads++;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var name = Uri.UnescapeDataString(context.Request.Path.Value!.Split('/')[^1]);
        uploads[name] = content;
        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = Guid.NewGuid().ToString("N"), ["name"] = name, ["size"] = content.Length });
    }
}
