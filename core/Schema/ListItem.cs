using System.Globalization;

namespace PartnershipTeams.Core.Schema;

/// <summary>A stored list item: its id, concurrency tag and field values (normalised, see <see cref="FieldValues"/>).</summary>
public sealed record ListItem(int Id, string ETag, IReadOnlyDictionary<string, object?> Fields, DateTimeOffset Modified)
{
    public object? this[string column] => Fields.TryGetValue(column, out var value) ? value : null;

    public string? Text(string column) => this[column] as string;

    public DateOnly? Date(string column) => this[column] is DateOnly d ? d : null;

    public DateTimeOffset? Instant(string column) => this[column] is DateTimeOffset t ? t : null;

    public int? LookupId(string column) => this[column] is int i ? i : null;

    public double? Number(string column) => this[column] is double n ? n : null;

    public bool? Flag(string column) => this[column] is bool b ? b : null;

    /// <summary>A number as an amount; one beyond decimal's range (typed into the list by hand) reads as none.</summary>
    public decimal? Amount(string column) => Number(column) is { } n && Math.Abs(n) < 7.9e27 ? (decimal)n : null;

    /// <summary>A choice column's value as the enum it stores (<see cref="RegisterWords"/>), or null when it is empty or not one of them.</summary>
    public TEnum? Choice<TEnum>(string column)
        where TEnum : struct, Enum => RegisterWords.TryRead<TEnum>(Text(column), out var value) ? value : null;

    public IReadOnlyList<string> Choices(string column) => this[column] as IReadOnlyList<string> ?? [];

    /// <summary>A value as a person reads it (dates ISO, numbers invariant, choices comma separated).</summary>
    public string Display(string column) => this[column] switch
    {
        null => string.Empty,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##", CultureInfo.InvariantCulture),
        bool b => b ? "Ja" : "Nej",
        IReadOnlyList<string> many => string.Join(", ", many),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
