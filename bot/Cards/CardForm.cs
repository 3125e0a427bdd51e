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

    public void Field(JsonObject input)
    {
        Body.Add(input);
        var field = (string)input["id"]!;
        Body.AddRange(errors.Where(e => e.Field == field).Select(e => (JsonNode)CardJson.Problem(field, texts.Domain.Describe(e))));
    }

    public string? Value(string field) => values.TryGetValue(field, out var value) ? value : null;
}
