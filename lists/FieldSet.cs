using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists;

/// <summary>Checks the fields of a write against the list's schema, the same way for every adapter.</summary>
public static class FieldSet
{
    /// <summary>Normalised values by column (schema spelling), or our exception naming the first problem.</summary>
    public static Dictionary<ColumnDefinition, object?> Prepare(ListSchema schema, IReadOnlyDictionary<string, object?> fields, bool isCreate)
    {
        var unknown = fields.Keys.FirstOrDefault(name => schema.FindColumn(name) is null);
        if (unknown is not null)
        {
            throw new UnknownColumnException($"List '{schema.Name}' has no column '{unknown}'.");
        }

        var (values, problems) = ItemCheck.Prepare(schema, fields, isCreate);
        return problems.Count == 0
            ? values
            : throw new InvalidFieldValueException($"List '{schema.Name}': {problems[0].Detail}");
    }

    /// <summary>The column a query condition names, provided it may be queried.</summary>
    public static (ColumnDefinition Column, object? Value) PrepareCondition(ListSchema schema, FieldCondition condition)
    {
        var column = schema.FindColumn(condition.Column)
            ?? throw new UnknownColumnException($"List '{schema.Name}' has no column '{condition.Column}'.");
        if (!column.IsQueryable)
        {
            throw new ColumnNotIndexedException($"List '{schema.Name}': column '{column.Name}' is not indexed and cannot be queried.");
        }

        if (column.Type == ColumnType.MultiChoice)
        {
            throw new ColumnNotIndexedException($"List '{schema.Name}': multi-choice column '{column.Name}' cannot be queried.");
        }

        // A query value is checked like a write, except that it may be any text (a choice not offered simply matches nothing).
        var asWritten = column with { Type = column.Type == ColumnType.Choice ? ColumnType.Text : column.Type, MaxLength = int.MaxValue };
        if (condition.Value is null || !FieldValues.TryNormalize(asWritten, condition.Value, out var normalized, out _))
        {
            throw new InvalidFieldValueException($"List '{schema.Name}': cannot compare column '{column.Name}' with {condition.Value ?? "null"}.");
        }

        return (column, normalized);
    }
}
