using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeConnector;

/// <summary>One call the bot made to the connector: method, path, bearer token and JSON body.</summary>
public sealed record ConnectorCall(string Method, string Path, string? Authorization, JsonNode? Body)
{
    /// <summary>The Adaptive Card the call carries, if any.</summary>
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    /// <summary>The card's buttons, in order: those of its ActionSets (Universal Actions) and of its actions.</summary>
    public IReadOnlyList<JsonObject> Actions => ActionsOf(Card);

    /// <summary>The buttons of a card, in order: those of its ActionSets and of its actions.</summary>
    public static IReadOnlyList<JsonObject> ActionsOf(JsonObject? card)
    {
        if (card is null)
        {
            return [];
        }

        var inBody = (card["body"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(e => (string?)e["type"] == "ActionSet")
            .SelectMany(set => (set["actions"] as JsonArray ?? []).OfType<JsonObject>());
        return [.. inBody.Concat((card["actions"] as JsonArray ?? []).OfType<JsonObject>())];
    }

    /// <summary>All text of the card (TextBlocks, labels, values, facts), for assertions on what a person reads.</summary>
    public string CardText => Card is null ? string.Empty : string.Join('\n', Texts(Card));

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not "type" and not "id").SelectMany(p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : p.Value is null ? [] : Texts(p.Value)),
        JsonArray a => a.Where(i => i is not null).SelectMany(i => Texts(i!)),
        _ => [],
    };
}
