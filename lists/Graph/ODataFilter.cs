using System.Globalization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Builds the $filter of a list-item query. Every value is an OData literal: text in single quotes with each
/// quote doubled, so user text can never end the literal and add a condition of its own. Conditions keep the caller's
/// order: on a list past 5,000 items SharePoint narrows by the first one, which must match no more than that.
/// </summary>
internal static class ODataFilter
{
    public static string Build(IEnumerable<(ColumnDefinition Column, object? Value, ComparisonOperator Operator)> conditions, TimeZoneInfo siteZone) =>
        string.Join(" and ", conditions.SelectMany(c => Clauses(c.Column, c.Value, c.Operator, siteZone)));

    /// <summary>
    /// A date-only value is stored as midnight in the site's zone (sp-dev-docs#9916): a date is the range from its local
    /// midnight to the next one, in UTC, so a comparison never depends on how the midnight was written.
    /// </summary>
    private static IEnumerable<string> Clauses(ColumnDefinition column, object? value, ComparisonOperator op, TimeZoneInfo siteZone)
    {
        var field = $"fields/{GraphColumns.FieldName(column)}";
        if (value is not DateOnly date)
        {
            yield return $"{field} {Operator(op)} {Literal(value, siteZone)}";
            yield break;
        }

        string Start(DateOnly day) => Quote(GraphFieldCodec.Instant(GraphFieldCodec.StartOf(day, siteZone)));
        switch (op)
        {
            case ComparisonOperator.Equal:
                yield return $"{field} ge {Start(date)}";
                yield return $"{field} lt {Start(date.AddDays(1))}";
                break;
            case ComparisonOperator.LessThan:
                yield return $"{field} lt {Start(date)}";
                break;
            case ComparisonOperator.LessOrEqual:
                yield return $"{field} lt {Start(date.AddDays(1))}";
                break;
            case ComparisonOperator.GreaterThan:
                yield return $"{field} ge {Start(date.AddDays(1))}";
                break;
            default:
                yield return $"{field} ge {Start(date)}";
                break;
        }
    }

    public static string Literal(object? value, TimeZoneInfo siteZone) => value switch
    {
        null => "null",
        string text => Quote(text),
        bool b => b ? "1" : "0",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Quote(Convert.ToString(GraphFieldCodec.ToGraphValue(value, siteZone), CultureInfo.InvariantCulture) ?? string.Empty),
    };

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "eq",
        ComparisonOperator.LessThan => "lt",
        ComparisonOperator.LessOrEqual => "le",
        ComparisonOperator.GreaterThan => "gt",
        ComparisonOperator.GreaterOrEqual => "ge",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown comparison."),
    };
}
