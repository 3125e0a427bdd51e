using System.Text.Json.Nodes;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// The body of the answer to a composeExtension/query, as "Respond to search command" documents it
/// (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search):
/// <c>{ composeExtension: { type: "result", attachmentLayout: "list", attachments: [ { contentType: adaptive card,
/// content: card, preview: { contentType: thumbnail card, content: { title, text } } } ] } }</c>; a message instead of
/// results is <c>{ composeExtension: { type: "message", text } }</c>. Teams waits five seconds for it.
/// </summary>
public static class SearchResults
{
    private const string ThumbnailCardType = "application/vnd.microsoft.card.thumbnail";

    public static JsonObject Body(IReadOnlyList<SearchHit> hits) => new()
    {
        ["composeExtension"] = new JsonObject
        {
            ["type"] = "result",
            ["attachmentLayout"] = "list",
            ["attachments"] = new JsonArray([.. hits.Select(Attachment)]),
        },
    };

    public static JsonObject Message(string text) => new()
    {
        ["composeExtension"] = new JsonObject { ["type"] = "message", ["text"] = text },
    };

    private static JsonObject Attachment(SearchHit hit) => new()
    {
        ["contentType"] = Protocol.Attachment.AdaptiveCardType,
        ["content"] = hit.Card.DeepClone(),
        ["preview"] = new JsonObject
        {
            ["contentType"] = ThumbnailCardType,
            ["content"] = new JsonObject { ["title"] = hit.Title, ["text"] = hit.Text },
        },
    };
}
