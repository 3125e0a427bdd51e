namespace PartnershipTeams.Core.Lists;

/// <summary>A query: conditions joined by "and" on indexed columns, and at most <see cref="Top"/> items.</summary>
public sealed record ListQuery(IReadOnlyList<FieldCondition> Conditions, int? Top = null)
{
    public static ListQuery All { get; } = new([]);

    public static ListQuery Where(string column, ComparisonOperator op, object value) => new([new FieldCondition(column, op, value)]);

    public static ListQuery WhereEquals(string column, object value) => Where(column, ComparisonOperator.Equal, value);

    public ListQuery And(string column, ComparisonOperator op, object value) =>
        this with { Conditions = [.. Conditions, new FieldCondition(column, op, value)] };
}
