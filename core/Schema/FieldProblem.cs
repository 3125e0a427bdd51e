namespace PartnershipTeams.Core.Schema;

/// <summary>One value that does not fit its column: which column, why, and a sentence for logs and errors.</summary>
public sealed record FieldProblem(ColumnDefinition Column, FieldProblemKind Kind, string Detail, int? Limit = null);
