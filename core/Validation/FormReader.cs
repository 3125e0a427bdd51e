using System.Globalization;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// Reads a form's values (field id to text, as a card sends them) as typed values, noting each value that does not read
/// on its own field, so the form comes back with what was typed kept and the problem named where it was typed. An empty
/// value reads as missing (whether that is allowed is the validator's to say).
/// </summary>
public sealed class FormReader(IReadOnlyDictionary<string, string> values)
{
    private readonly List<ValidationError> problems = [];

    /// <summary>The values that did not read, one per field.</summary>
    public IReadOnlyList<ValidationError> Problems => problems;

    public string? Text(string field) => values.GetValueOrDefault(field);

    /// <summary>A day as a date input sends it (yyyy-MM-dd).</summary>
    public DateOnly? Date(string field) =>
        Read<DateOnly>(field, ValidationCode.InvalidDate, text => DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null);

    /// <summary>An amount or a number the Swedish way ("12 500,50", "8 000 kr"), as <see cref="SwedishNumber"/> reads it.</summary>
    public decimal? Number(string field) =>
        Read<decimal>(field, ValidationCode.InvalidNumber, text => SwedishNumber.TryParse(text, out var number) ? number : (decimal?)null);

    /// <summary>The id of an item chosen from a list of the register's items (a choice input's value).</summary>
    public int? ItemId(string field) =>
        Read<int>(field, ValidationCode.UnknownChoice, text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null);

    /// <summary>One of a choice's values, as <see cref="ChoiceValue"/> reads it.</summary>
    public TEnum? Choice<TEnum>(string field)
        where TEnum : struct, Enum =>
        Read<TEnum>(field, ValidationCode.UnknownChoice, text => ChoiceValue.TryParse<TEnum>(text, out var chosen) ? chosen : (TEnum?)null);

    /// <summary>What the validator found, after what did not read (<see cref="UnreadableFirst"/>); invalid when anything is.</summary>
    public ValidationResult<T> Checked<T>(ValidationResult<T> validated)
        where T : class =>
        problems.Count == 0 ? validated : ValidationResult.Invalid<T>(Checked(validated.Errors));

    /// <summary>The problems of the form: what did not read, then what the validator found (<see cref="UnreadableFirst"/>).</summary>
    public IReadOnlyList<ValidationError> Checked(IEnumerable<ValidationError> validated) => UnreadableFirst(problems, validated);

    /// <summary>
    /// A form's values that did not read, then what its validator found: a field whose value did not read is named once,
    /// for that (the validator saw it as missing).
    /// </summary>
    public static IReadOnlyList<ValidationError> UnreadableFirst(IReadOnlyList<ValidationError> unreadable, IEnumerable<ValidationError> validated) =>
        [.. unreadable, .. validated.Where(e => unreadable.All(p => p.Field != e.Field))];

    private T? Read<T>(string field, ValidationCode unreadable, Func<string, T?> parse)
        where T : struct
    {
        if (values.GetValueOrDefault(field) is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (parse(text) is { } value)
        {
            return value;
        }

        problems.Add(new ValidationError(field, unreadable));
        return null;
    }
}
