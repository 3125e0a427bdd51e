using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Tests.Conversations;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Hostile;

/// <summary>
/// Activities an attacker (or a broken client) sends: every field of real activities replaced by a value of the
/// wrong JSON type. None may cause a 500; each malformed one is refused with a 4xx and logged once as a warning.
/// </summary>
public sealed class HostileActivityTests : ConversationTestBase
{
    private static readonly JsonNode?[] WrongTypes = [5, "x", new JsonObject(), new JsonArray(1, 2), true, null];

    /// <summary>Real activities of every kind the bot handles, as Teams sends them.</summary>
    private IEnumerable<(string Name, JsonObject Activity)> Genuine()
    {
        yield return ("message", Activities.Message(ServiceUrl, "hjälp"));
        yield return ("submit", Activities.Submit(ServiceUrl, new JsonObject
        {
            ["verb"] = VisitReportCard.SubmitVerb,
            ["submissionId"] = "0123456789abcdef0123456789abcdef",
            ["Title"] = "Besök",
            ["Partner"] = "1",
            ["Direction"] = "Outgoing",
            ["Themes"] = "Culture",
            ["item"] = "Activities/1",
            ["command"] = "hjälp",
        }));
        yield return ("execute", Activities.Execute(ServiceUrl, "reminder.snooze", new JsonObject { ["item"] = "Activities/1" }));
        yield return ("install", Activities.Installation(ServiceUrl, "add"));
        var update = Activities.Base("conversationUpdate", ServiceUrl, "sv-SE");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        yield return ("conversationUpdate", update);
    }

    /// <summary>Every path to a property in the activity (objects and arrays included), up to three levels down.</summary>
    private static IEnumerable<string[]> Paths(JsonNode? node, string[] prefix)
    {
        if (prefix.Length >= 3 || node is not JsonObject obj)
        {
            yield break;
        }

        foreach (var (name, child) in obj)
        {
            string[] path = [.. prefix, name];
            yield return path;
            foreach (var deeper in Paths(child, path))
            {
                yield return deeper;
            }
        }
    }

    private static JsonObject With(JsonObject activity, string[] path, JsonNode? value)
    {
        var copy = activity.DeepClone().AsObject();
        var parent = path[..^1].Aggregate<string, JsonNode>(copy, (node, name) => node[name]!);
        parent[path[^1]] = value?.DeepClone();
        return copy;
    }

    [Fact]
    public async Task EveryFieldWithAValueOfTheWrongType_NeverGetsA500()
    {
        var tried = 0;
        var serverErrors = new List<string>();
        foreach (var (name, activity) in Genuine())
        {
            foreach (var path in Paths(activity, []).ToList())
            {
                foreach (var value in WrongTypes)
                {
                    var response = await Host.PostAsync(With(activity, path, value));
                    tried++;
                    if ((int)response.StatusCode >= 500)
                    {
                        serverErrors.Add($"{name}: {string.Join('.', path)} = {value?.ToJsonString() ?? "null"} → {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(tried > 500, $"only {tried} cases tried");
        Assert.Empty(serverErrors);
    }

    public static TheoryData<string, string> MalformedCases() => new()
    {
        { "value.verb", "5" },
        { "value.verb", "{}" },
        { "value.submissionId", "5" },
        { "value.submissionId", "{\"a\":1}" },
        { "value.submissionId", "\"\"" },
        { "value.submissionId", $"\"{new string('a', 300)}\"" },
        { "value.item", "{}" },
        { "value.command", "[1]" },
        { "channelData.tenant.id", "5" },
        { "channelData.tenant", "\"tenant\"" },
        { "channelData", "[]" },
        { "channelData", "\"x\"" },
        { "value", "[1,2]" },
        { "value", "\"submit\"" },
        { "serviceUrl", "\"file:///etc/passwd\"" },
        { "serviceUrl", "\"http://loopback:1/\"" },
    };

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public async Task SubmitWithAMalformedField_Is400LoggedOnceAndNothingStored(string path, string json)
    {
        var activity = With(Activities.Submit(ServiceUrl, new JsonObject
        {
            ["verb"] = VisitReportCard.SubmitVerb,
            ["submissionId"] = "0123456789abcdef0123456789abcdef",
        }), path.Split('.'), JsonNode.Parse(json));

        var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(Logs.AtLeast(LogLevel.Warning));
        Assert.Empty(Connector.Calls);
        Assert.Empty(await Host.SubmissionsAsync());
    }

    public static TheoryData<string> MalformedInvokes() => new()
    {
        "[1]",
        "\"action\"",
        "{\"action\":[1]}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":5,\"data\":{}}}",
        "{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"reminder.done\",\"data\":[]}}",
    };

    [Theory]
    [MemberData(nameof(MalformedInvokes))]
    public async Task ExecuteWithAMalformedValue_IsAnswered200WithStatusCode400InTheBody(string value)
    {
        // Universal Actions: an invoke the bot processed is answered HTTP 200, the outcome in statusCode (response format).
        var activity = Activities.Execute(ServiceUrl, "reminder.done", []);
        activity["value"] = JsonNode.Parse(value);

        var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task ExecuteWithAForgedSubmissionId_IsAnswered200WithStatusCode400AndNothingStored()
    {
        var activity = Activities.Execute(ServiceUrl, VisitReportCard.SubmitVerb, new JsonObject { ["submissionId"] = "not-ours" });

        var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["statusCode"]!);
        Assert.Empty(await Host.SubmissionsAsync());
    }

    [Fact]
    public async Task SubmitWithADuplicateKeyInValue_Is400()
    {
        var json = Activities.Submit(ServiceUrl, new JsonObject { ["verb"] = "command" }).ToJsonString()
            .Replace("\"verb\":\"command\"", "\"verb\":\"command\",\"verb\":\"visit.submit\"", StringComparison.Ordinal);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await Host.Client.PostAsync(new Uri(BotEndpoint.Path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostAsTextPlainFromAWebPage_Is415AndNotProcessed()
    {
        // A page in any browser may POST text/plain cross-origin without a preflight; the bot must not act on it.
        using var content = new StringContent(Activities.Installation(ServiceUrl, "add").ToJsonString(), Encoding.UTF8, "text/plain");

        var response = await Host.Client.PostAsync(new Uri(BotEndpoint.Path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Null(await Host.ConversationAsync());
    }

    [Fact]
    public async Task PostChunkedBodyOverTheLimit_Is413AndNothingStored()
    {
        var activity = Activities.Installation(ServiceUrl, "add");
        activity["padding"] = new string('x', 2 * BotEndpoint.MaxActivityBytes);
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await Host.ConversationAsync());
    }
}
