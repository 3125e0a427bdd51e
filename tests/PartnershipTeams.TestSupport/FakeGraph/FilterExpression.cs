using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// Parses and evaluates the $filter subset Graph supports on list items: "fields/Name op literal" joined by
/// "and", literals as OData writes them ('text' with '' for a quote, numbers, null).
/// </summary>
public sealed partial class FilterExpression
{
    private readonly List<(string Field, string Op, JsonNode? Value)> conditions = [];

    public IEnumerable<string> Fields => conditions.Select(c => c.Field);

    public static FilterExpression Parse(string filter)
    {
        var expression = new FilterExpression();
        var rest = filter.Trim();
        while (rest.Length > 0)
        {
            var match = Condition().Match(rest);
            if (!match.Success)
            {
                throw new FormatException($"Invalid filter near: {rest}");
            }

            var literal = match.Groups["literal"].Value;
            JsonNode? value = literal switch
            {
                "null" => null,
                _ when literal.StartsWith('\'') => JsonValue.Create(literal[1..^1].Replace("''", "'", StringComparison.Ordinal)),
                _ => JsonValue.Create(double.Parse(literal, CultureInfo.InvariantCulture)),
            };
            expression.conditions.Add((match.Groups["field"].Value, match.Groups["op"].Value, value));
            rest = rest[match.Length..].Trim();
        }

        return expression;
    }

    public bool Matches(JsonObject fields) => conditions.All(c => Compare(fields[c.Field], c.Op, c.Value));

    /// <summary>Whether the first condition alone holds: what SharePoint narrows a large list by before the rest.</summary>
    public bool MatchesFirst(JsonObject fields) => conditions.Count == 0 || Compare(fields[conditions[0].Field], conditions[0].Op, conditions[0].Value);

    private static bool Compare(JsonNode? actual, string op, JsonNode? expected)
    {
        if (expected is null || actual is null)
        {
            return op == "eq" && expected is null && actual is null;
        }

        var bothText = actual.GetValueKind() == JsonValueKind.String && expected.GetValueKind() == JsonValueKind.String;
        var order = bothText
            ? CompareText(actual.GetValue<string>(), expected.GetValue<string>())
            : Number(actual).CompareTo(Number(expected));
        return op switch
        {
            "eq" => order == 0,
            "ne" => order != 0,
            "lt" => order < 0,
            "le" => order <= 0,
            "gt" => order > 0,
            "ge" => order >= 0,
            _ => false,
        };
    }

    /// <summary>Date-times compare as instants (whatever their precision or offset), other text case-insensitively.</summary>
    private static int CompareText(string actual, string expected) =>
        IsInstant(actual) && IsInstant(expected)
            ? DateTimeOffset.Parse(actual, CultureInfo.InvariantCulture).CompareTo(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture))
            : string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase);

    private static bool IsInstant(string text) =>
        text.Length >= 20 && text[4] == '-' && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out _);

    private static double Number(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        JsonValueKind.String => double.TryParse(node.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN,
        _ => double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^fields/(?<field>[A-Za-z0-9_]+)\s+(?<op>eq|ne|lt|le|gt|ge)\s+(?<literal>'(?:[^']|'')*'|null|-?[0-9.]+(?:E[+-]?[0-9]+)?)(?:\s+and\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Condition();
}
