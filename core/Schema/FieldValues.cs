namespace PartnershipTeams.Core.Schema;

/// <summary>
/// Checks a value against its column and brings it to the one .NET type every store returns:
/// text as <see cref="string"/> (empty becomes null), numbers as <see cref="double"/>, dates as
/// <see cref="DateOnly"/>, instants as UTC <see cref="DateTimeOffset"/>, multi-choice as a string array,
/// lookups as <see cref="int"/>.
/// </summary>
public static class FieldValues
{
    public static bool TryNormalize(ColumnDefinition column, object? value, out object? normalized, out string problem)
    {
        normalized = null;
        problem = string.Empty;
        if (value is null)
        {
            return true;
        }

        (normalized, problem) = column.Type switch
        {
            ColumnType.Text or ColumnType.Note => NormalizeText(column, value),
            ColumnType.Choice => NormalizeChoice(column, value),
            ColumnType.MultiChoice => NormalizeMultiChoice(column, value),
            ColumnType.Number => NormalizeNumber(value),
            ColumnType.Boolean => value is bool b ? (b, string.Empty) : Wrong(column, value),
            ColumnType.Date => value is DateOnly d ? (d, string.Empty) : Wrong(column, value),
            ColumnType.DateTime => value is DateTimeOffset t ? (t.ToUniversalTime(), string.Empty) : Wrong(column, value),
            ColumnType.Lookup => value is int id && id > 0 ? (id, string.Empty) : Wrong(column, value),
            _ => Wrong(column, value),
        };
        return problem.Length == 0;
    }

    private static (object?, string) NormalizeText(ColumnDefinition column, object value)
    {
        if (value is not string text)
        {
            return Wrong(column, value);
        }

        if (text.Length > column.MaxLength)
        {
            return (null, $"Column '{column.Name}' holds at most {column.MaxLength} characters; got {text.Length}.");
        }

        return (text.Length == 0 ? null : text, string.Empty);
    }

    private static (object?, string) NormalizeChoice(ColumnDefinition column, object value)
    {
        if (value is not string choice)
        {
            return Wrong(column, value);
        }

        if (choice.Length == 0)
        {
            return (null, string.Empty);
        }

        return column.Choices.Contains(choice, StringComparer.Ordinal)
            ? (choice, string.Empty)
            : (null, $"Column '{column.Name}' takes one of {string.Join(", ", column.Choices)}; got '{choice}'.");
    }

    private static (object?, string) NormalizeMultiChoice(ColumnDefinition column, object value)
    {
        if (value is string || value is not IEnumerable<string> choices)
        {
            return Wrong(column, value);
        }

        var distinct = choices.Distinct(StringComparer.Ordinal).ToArray();
        var unknown = distinct.FirstOrDefault(c => !column.Choices.Contains(c, StringComparer.Ordinal));
        return unknown is null
            ? (distinct, string.Empty)
            : (null, $"Column '{column.Name}' takes any of {string.Join(", ", column.Choices)}; got '{unknown}'.");
    }

    private static (object?, string) NormalizeNumber(object value)
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
        return number is { } n && double.IsFinite(n)
            ? (n, string.Empty)
            : (null, $"Expected a finite number; got {Describe(value)}.");
    }

    private static (object?, string) Wrong(ColumnDefinition column, object value) =>
        (null, $"Column '{column.Name}' is {column.Type}; got {Describe(value)}.");

    private static string Describe(object value) => $"{value.GetType().Name} '{value}'";
}
