namespace PartnershipTeams.Core.Lists;

/// <summary>The comparisons a query may make (the OData eq, lt, le, gt, ge).</summary>
public enum ComparisonOperator
{
    Equal,
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,
}
