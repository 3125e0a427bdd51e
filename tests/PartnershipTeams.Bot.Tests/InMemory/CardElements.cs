using System.Text.Json.Nodes;

namespace PartnershipTeams.Bot.Tests.InMemory;

/// <summary>A card's elements, found as a test looks for them: every element in the tree, or the input with an id.</summary>
public static class CardElements
{
    public static JsonObject? Input(JsonObject card, string id) =>
        Flatten(card).FirstOrDefault(e => (string?)e["id"] == id);

    public static IEnumerable<JsonObject> Flatten(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Flatten(p.Value))),
        JsonArray a => a.SelectMany(Flatten),
        _ => [],
    };
}
