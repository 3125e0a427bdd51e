using System.Text.Json;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Reads a "fileConsent/invoke": value.action "accept" or "decline", value.context (what the consent card carried,
/// flat text), and on accept value.uploadInfo with uploadUrl, contentUrl and name (uniqueId and fileType optional),
/// as https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4 shows. Anything else is malformed.
/// </summary>
public static class FileConsentReader
{
    public static (TurnInput? Input, string? Problem) Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } consent)
        {
            return (null, "a fileConsent/invoke needs value as an object");
        }

        var action = Text(consent, "action");
        if (action is not ("accept" or "decline"))
        {
            return (null, "value.action must be accept or decline");
        }

        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        if (consent.TryGetProperty("context", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                return (null, "value.context must be an object");
            }

            foreach (var property in given.EnumerateObject())
            {
                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    return (null, "value.context holds text and numbers only");
                }

                context[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        if (action == "decline")
        {
            return (new FileConsentInput(Accepted: false, context, Target: null), null);
        }

        if (!consent.TryGetProperty("uploadInfo", out var upload) || upload.ValueKind != JsonValueKind.Object
            || Text(upload, "uploadUrl") is not { } uploadUrl || Text(upload, "contentUrl") is not { } contentUrl || Text(upload, "name") is not { } name
            || !Uri.TryCreate(uploadUrl, UriKind.Absolute, out _))
        {
            return (null, "an accepted file consent needs value.uploadInfo with uploadUrl, contentUrl and name");
        }

        return (new FileConsentInput(Accepted: true, context, new FileUploadTarget(uploadUrl, contentUrl, name, Text(upload, "uniqueId"), Text(upload, "fileType"))), null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
