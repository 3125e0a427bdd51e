using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Tests.Conversations;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Search;

/// <summary>Searches through the bot's real endpoint, as Teams sends them from the compose box, and reads the results Teams would list.</summary>
public abstract class SearchTestBase : ConversationTestBase
{
    protected const string Coordinator = "internationella@linkoping.example";

    /// <summary>Someone on the staff who owns nothing in the demo register.</summary>
    protected const string Colleague = "kollega@linkoping.example";

    /// <summary>The results of a search as the user <paramref name="email"/>: each preview's title and text, and the card that goes into the chat.</summary>
    protected async Task<IReadOnlyList<Result>> SearchAsync(string? text, string email = Colleague, int skip = 0, int count = 25, string locale = "sv-SE")
    {
        Connector.KnowMember(Activities.UserId, email);
        var body = await InvokeAsync(Activities.Search(ServiceUrl, text, skip, count, locale: locale));
        return Results(body);
    }

    protected async Task<JsonObject> InvokeAsync(JsonObject activity)
    {
        var response = await Host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    protected static IReadOnlyList<Result> Results(JsonObject body)
    {
        var extension = body["composeExtension"]!;
        Assert.Equal("result", (string?)extension["type"]);
        Assert.Equal("list", (string?)extension["attachmentLayout"]);
        return [.. extension["attachments"]!.AsArray().Select(a =>
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)a!["contentType"]);
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)a["preview"]!["contentType"]);
            return new Result((string)a["preview"]!["content"]!["title"]!, (string)a["preview"]!["content"]!["text"]!, a["content"]!.AsObject());
        })];
    }

    /// <summary>One result: its preview and its card (<see cref="CardText"/> is all the card's text).</summary>
    protected sealed record Result(string Title, string Text, JsonObject Card)
    {
        public string CardText => Card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
