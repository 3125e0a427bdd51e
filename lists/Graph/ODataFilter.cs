using System.Globalization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Builds the $filter of a list-item query. Every value is an OData literal: text in single quotes with each
/// quote doubled, so user text can never end the literal and add a condition of its own.
/// </summary>
internal static class ODataFilter
{
    public static string Build(IEnumerable<(ColumnDefinition Column, object? Value, ComparisonOperator Operator)> conditions) =>
        string.Join(" and ", conditions.Select(c => $"fields/{GraphColumns.FieldName(c.Column)} {Operator(c.Operator)} {Literal(c.Column, c.Value)}"));

    public static string Literal(ColumnDefinition column, object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        bool b => b ? "1" : "0",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Quote(Convert.ToString(GraphFieldCodec.ToGraphValue(column, value), CultureInfo.InvariantCulture) ?? string.Empty),
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
