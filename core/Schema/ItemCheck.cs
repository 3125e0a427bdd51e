namespace PartnershipTeams.Core.Schema;

/// <summary>
/// Whether the fields of a write fit a list's schema, as every store checks them before writing: the same rule
/// for the validators that confirm a submission and for the stores that write it, so nothing confirmed is refused later.
/// </summary>
public static class ItemCheck
{
    /// <summary>The values normalised by column, and every problem found (unknown columns are the caller's error).</summary>
    public static (Dictionary<ColumnDefinition, object?> Values, IReadOnlyList<FieldProblem> Problems) Prepare(
        ListSchema schema,
        IReadOnlyDictionary<string, object?> fields,
        bool isCreate)
    {
        var values = new Dictionary<ColumnDefinition, object?>();
        var problems = new List<FieldProblem>();
        foreach (var (name, value) in fields)
        {
            var column = schema.FindColumn(name)
                ?? throw new ArgumentException($"List '{schema.Name}' has no column '{name}'.", nameof(fields));
            if (FieldValues.TryNormalize(column, value, out var normalized, out var problem))
            {
                values[column] = normalized;
            }
            else
            {
                problems.Add(problem!);
            }
        }

        foreach (var column in schema.Columns.Where(c => c.Required && problems.All(p => p.Column != c)))
        {
            var present = values.TryGetValue(column, out var value);
            var missing = isCreate ? !present || value is null : present && value is null;
            if (missing)
            {
                problems.Add(new FieldProblem(column, FieldProblemKind.Required, $"Column '{column.Name}' is required."));
            }
        }

        return (values, problems);
    }

    /// <summary>Every problem of a new item with these fields.</summary>
    public static IReadOnlyList<FieldProblem> ProblemsOfNew(ListSchema schema, IReadOnlyDictionary<string, object?> fields) =>
        Prepare(schema, fields, isCreate: true).Problems;
}
