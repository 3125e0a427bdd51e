using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeConnector;

/// <summary>One call the bot made to the connector: method, path, bearer token and JSON body.</summary>
public sealed record ConnectorCall(string Method, string Path, string? Authorization, JsonNode? Body)
{
    /// <summary>The Adaptive Card the call carries, if any.</summary>
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    /// <summary>The card's buttons, in order: those of its ActionSets (Universal Actions) and of its actions.</summary>
    public IReadOnlyList<JsonObject> Actions => ActionsOf(Card);

    /// <summary>
    /// The buttons of a card that reach the bot, in order: those of its ActionSets (in containers too) and of its actions.
    /// Buttons that only show or hide parts of the card on the client (Action.ToggleVisibility) are not among them.
    /// </summary>
    public static IReadOnlyList<JsonObject> ActionsOf(JsonObject? card)
    {
        if (card is null)
        {
            return [];
        }

        var inBody = ActionSetsIn(card["body"] as JsonArray ?? []).SelectMany(set => (set["actions"] as JsonArray ?? []).OfType<JsonObject>());
        return [.. inBody.Concat((card["actions"] as JsonArray ?? []).OfType<JsonObject>()).Where(a => (string?)a["type"] != "Action.ToggleVisibility")];
    }

    private static IEnumerable<JsonObject> ActionSetsIn(JsonArray elements) =>
        elements.OfType<JsonObject>().SelectMany(e => (string?)e["type"] == "ActionSet"
            ? [e]
            : ActionSetsIn(e["items"] as JsonArray ?? []));

    /// <summary>All text of the card (TextBlocks, labels, values, facts), for assertions on what a person reads.</summary>
    public string CardText => TextsOf(Card);

    /// <summary>All text of a card, as <see cref="CardText"/>.</summary>
    public static string TextsOf(JsonObject? card) => card is null ? string.Empty : string.Join('\n', Texts(card));

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not "type" and not "id").SelectMany(p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : p.Value is null ? [] : Texts(p.Value)),
        JsonArray a => a.Where(i => i is not null).SelectMany(i => Texts(i!)),
        _ => [],
    };
}
