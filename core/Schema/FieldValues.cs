namespace PartnershipTeams.Core.Schema;

/// <summary>
/// Checks a value against its column and brings it to the one .NET type every store returns:
/// text as <see cref="string"/> (empty becomes null), numbers as <see cref="double"/>, dates as
/// <see cref="DateOnly"/>, instants as UTC <see cref="DateTimeOffset"/>, multi-choice as a string array,
/// lookups as <see cref="int"/>.
/// </summary>
public static class FieldValues
{
    /// <summary>The earliest date a SharePoint date column stores.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>The latest date a SharePoint date column stores.</summary>
    public static readonly DateOnly LatestDate = new(8900, 12, 31);

    public static bool TryNormalize(ColumnDefinition column, object? value, out object? normalized, out FieldProblem? problem)
    {
        normalized = null;
        problem = null;
        if (value is null)
        {
            return true;
        }

        (normalized, problem) = column.Type switch
        {
            ColumnType.Text or ColumnType.Note => NormalizeText(column, value),
            ColumnType.Choice => NormalizeChoice(column, value),
            ColumnType.MultiChoice => NormalizeMultiChoice(column, value),
            ColumnType.Number => NormalizeNumber(column, value),
            ColumnType.Boolean => value is bool b ? (b, null) : Wrong(column, value),
            ColumnType.Date => value is DateOnly d ? InStoredRange(column, d, d) : Wrong(column, value),
            ColumnType.DateTime => value is DateTimeOffset t ? InStoredRange(column, t.ToUniversalTime(), DateOnly.FromDateTime(t.UtcDateTime)) : Wrong(column, value),
            ColumnType.Lookup => value is int id && id > 0 ? (id, null) : Wrong(column, value),
            _ => Wrong(column, value),
        };
        return problem is null;
    }

    private static (object?, FieldProblem?) NormalizeText(ColumnDefinition column, object value)
    {
        if (value is not string text)
        {
            return Wrong(column, value);
        }

        if (text.Length > column.MaxLength)
        {
            return (null, new FieldProblem(column, FieldProblemKind.TooLong, $"Column '{column.Name}' holds at most {column.MaxLength} characters; got {text.Length}.", column.MaxLength));
        }

        if (!StorableText.IsStorable(text))
        {
            return (null, new FieldProblem(column, FieldProblemKind.InvalidCharacters, $"Column '{column.Name}' cannot store control characters or broken surrogate pairs."));
        }

        return (text.Length == 0 ? null : text, null);
    }

    private static (object?, FieldProblem?) NormalizeChoice(ColumnDefinition column, object value)
    {
        if (value is not string choice)
        {
            return Wrong(column, value);
        }

        if (choice.Length == 0)
        {
            return (null, null);
        }

        return column.Choices.Contains(choice, StringComparer.Ordinal)
            ? (choice, null)
            : (null, UnknownChoice(column, choice));
    }

    private static (object?, FieldProblem?) NormalizeMultiChoice(ColumnDefinition column, object value)
    {
        if (value is string || value is not IEnumerable<string> choices)
        {
            return Wrong(column, value);
        }

        var distinct = choices.Distinct(StringComparer.Ordinal).ToArray();
        var unknown = distinct.FirstOrDefault(c => !column.Choices.Contains(c, StringComparer.Ordinal));
        return unknown is null ? (distinct, null) : (null, UnknownChoice(column, unknown));
    }

    private static (object?, FieldProblem?) NormalizeNumber(ColumnDefinition column, object value)
    {
        double? number = value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            decimal m => (double)m,
            _ => null,
        };
        if (number is null)
        {
            return Wrong(column, value);
        }

        return double.IsFinite(number.Value)
            ? (number.Value, null)
            : (null, new FieldProblem(column, FieldProblemKind.OutOfRange, $"Column '{column.Name}' expects a finite number; got {Describe(value)}."));
    }

    private static (object?, FieldProblem?) InStoredRange(ColumnDefinition column, object normalized, DateOnly date) =>
        date >= EarliestDate && date <= LatestDate
            ? (normalized, null)
            : (null, new FieldProblem(column, FieldProblemKind.OutOfRange, $"Column '{column.Name}' stores dates from {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}; got {date:yyyy-MM-dd}."));

    private static FieldProblem UnknownChoice(ColumnDefinition column, string choice) =>
        new(column, FieldProblemKind.UnknownChoice, $"Column '{column.Name}' takes one of {string.Join(", ", column.Choices)}; got '{choice}'.");

    private static (object?, FieldProblem?) Wrong(ColumnDefinition column, object value) =>
        (null, new FieldProblem(column, FieldProblemKind.WrongType, $"Column '{column.Name}' is {column.Type}; got {Describe(value)}."));

    private static string Describe(object value) => $"{value.GetType().Name} '{value}'";
}
