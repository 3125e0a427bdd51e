using System.Globalization;
using System.Text.Json;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>Between normalised field values and what SQLite stores: dates as sortable ISO text, choices as JSON.</summary>
internal static class SqliteValueCodec
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Number => "REAL",
        ColumnType.Boolean or ColumnType.Lookup => "INTEGER",
        ColumnType.Text or ColumnType.Choice => "TEXT COLLATE NOCASE",
        _ => "TEXT",
    };

    public static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString(DateFormat, CultureInfo.InvariantCulture),
        DateTimeOffset t => FormatInstant(t),
        bool b => b ? 1 : 0,
        string[] many => JsonSerializer.Serialize(many),
        _ => value,
    };

    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static object? FromDb(ColumnType type, object dbValue)
    {
        if (dbValue is DBNull)
        {
            return null;
        }

        return type switch
        {
            ColumnType.Number => Convert.ToDouble(dbValue, CultureInfo.InvariantCulture),
            ColumnType.Boolean => Convert.ToInt64(dbValue, CultureInfo.InvariantCulture) != 0,
            ColumnType.Lookup => Convert.ToInt32(dbValue, CultureInfo.InvariantCulture),
            ColumnType.Date => DateOnly.ParseExact((string)dbValue, DateFormat, CultureInfo.InvariantCulture),
            ColumnType.DateTime => ParseInstant((string)dbValue),
            ColumnType.MultiChoice => JsonSerializer.Deserialize<string[]>((string)dbValue) ?? [],
            _ => (string)dbValue,
        };
    }
}
