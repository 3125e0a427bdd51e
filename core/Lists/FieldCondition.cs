namespace PartnershipTeams.Core.Lists;

/// <summary>One condition of a query: column, comparison and a value of the column's type.</summary>
public sealed record FieldCondition(string Column, ComparisonOperator Operator, object Value);
