using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>
/// The body of a form card: each input followed by the problems found with it, and the values the user typed
/// put back, so a card that comes back with errors keeps everything and names each problem at its field.
/// </summary>
public sealed class CardForm(BotTexts texts, IReadOnlyDictionary<string, string> values, IReadOnlyList<ValidationError> errors)
{
    public List<JsonNode> Body { get; } = [];

    /// <summary>The message a client shows for an empty required input.</summary>
    public string Required { get; } = texts.Domain.Describe(new ValidationError(string.Empty, ValidationCode.Required));

    public void Add(JsonNode element) => Body.Add(element);

    /// <summary>The heading, and the "not sent, correct what is marked" line when there are problems.</summary>
    public void Heading(string title)
    {
        Body.Add(CardJson.Heading(title));
        if (errors.Count > 0)
        {
            Body.Add(CardJson.Text(texts.FixErrors, weight: "bolder", color: "attention"));
        }
    }

    public void Field(JsonObject input) => Body.AddRange(FieldItems(input));

    /// <summary>An input and the problems found with it, for a container or column of their own.</summary>
    public List<JsonNode> FieldItems(JsonObject input)
    {
        var field = (string)input["id"]!;
        return [input, .. errors.Where(e => e.Field == field).Select(e => (JsonNode)CardJson.Problem(field, texts.Domain.Describe(e)))];
    }

    public string? Value(string field) => values.TryGetValue(field, out var value) ? value : null;

    /// <summary>
    /// Whether any of the fields holds a value or a problem: a part of the form that opens on demand is shown open
    /// then, so a card that comes back never hides what the user typed or what is wrong with it.
    /// </summary>
    public bool HasAny(IEnumerable<string> fields) =>
        fields.Any(f => !string.IsNullOrWhiteSpace(Value(f)) || errors.Any(e => e.Field == f));
}
