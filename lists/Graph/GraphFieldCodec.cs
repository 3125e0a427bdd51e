using System.Globalization;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Between normalised field values and the JSON values of a SharePoint fieldValueSet. A date-only value is midnight of the
/// date in the site's time zone, in UTC (sp-dev-docs#9916); a lookup is the id of the item, an integer (microsoft-graph-docs#2991).
/// </summary>
internal static class GraphFieldCodec
{
    /// <summary>The fieldValueSet entries for a write (a multi-choice value also needs its OData type).</summary>
    public static Dictionary<string, object?> ToGraph(Dictionary<ColumnDefinition, object?> values, TimeZoneInfo siteZone)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, value) in values)
        {
            fields[GraphColumns.FieldName(column)] = ToGraphValue(value, siteZone);
            if (column.Type == ColumnType.MultiChoice)
            {
                fields[column.Name + "@odata.type"] = "Collection(Edm.String)";
            }
        }

        return fields;
    }

    public static object? ToGraphValue(object? value, TimeZoneInfo siteZone) => value switch
    {
        null => null,
        DateOnly d => Instant(StartOf(d, siteZone)),
        DateTimeOffset t => Instant(t),
        _ => value,
    };

    /// <summary>Midnight starting the date in the site's zone, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo siteZone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // A zone that skips midnight (a daylight-saving change at 00:00) starts the day at the first valid moment.
        while (siteZone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, siteZone), TimeSpan.Zero);
    }

    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static object? FromGraph(ColumnDefinition column, object? raw, TimeZoneInfo siteZone)
    {
        var value = Plain(raw);
        if (value is null)
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.Number => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            ColumnType.Boolean => value is bool b ? b : Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
            ColumnType.Lookup => Convert.ToInt32(value, CultureInfo.InvariantCulture),
            ColumnType.DateTime => ParseInstant(value),
            // SharePoint keeps a date-only value as midnight in the site's zone and returns it in UTC: read it back in that zone.
            ColumnType.Date => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ParseInstant(value), siteZone).DateTime),
            ColumnType.MultiChoice => value is IEnumerable<object?> many ? [.. many.Select(v => Convert.ToString(Plain(v), CultureInfo.InvariantCulture) ?? string.Empty)] : Array.Empty<string>(),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    public static DateTimeOffset ParseInstant(object value) => value switch
    {
        DateTimeOffset t => t.ToUniversalTime(),
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        _ => DateTimeOffset.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
    };

    /// <summary>Kiota hands additional data back as untyped nodes or JSON elements: make them plain .NET values.</summary>
    public static object? Plain(object? raw) => raw switch
    {
        null or UntypedNull => null,
        UntypedString s => s.GetValue(),
        UntypedBoolean b => b.GetValue(),
        UntypedInteger i => i.GetValue(),
        UntypedLong l => l.GetValue(),
        UntypedDouble d => d.GetValue(),
        UntypedFloat f => f.GetValue(),
        UntypedDecimal m => m.GetValue(),
        UntypedArray a => a.GetValue().Select(Plain).ToList(),
        JsonElement e => FromJson(e),
        _ => raw,
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(e => FromJson(e)).ToList(),
        _ => null,
    };
}
