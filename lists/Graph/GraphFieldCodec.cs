using System.Globalization;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Lists.Graph;

/// <summary>Between normalised field values and the JSON values of a SharePoint fieldValueSet.</summary>
internal static class GraphFieldCodec
{
    /// <summary>The fieldValueSet entries for a write (a multi-choice value also needs its OData type).</summary>
    public static Dictionary<string, object?> ToGraph(Dictionary<ColumnDefinition, object?> values)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, value) in values)
        {
            fields[GraphColumns.FieldName(column)] = ToGraphValue(column, value);
            if (column.Type == ColumnType.MultiChoice)
            {
                fields[column.Name + "@odata.type"] = "Collection(Edm.String)";
            }
        }

        return fields;
    }

    public static object? ToGraphValue(ColumnDefinition column, object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        int id when column.Type == ColumnType.Lookup => id.ToString(CultureInfo.InvariantCulture),
        _ => value,
    };

    public static object? FromGraph(ColumnDefinition column, object? raw)
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
            // SharePoint keeps a date-only value as midnight in the site's zone and returns it in UTC: read it back in ours.
            ColumnType.Date => DateOnly.FromDateTime(BusinessTimeZone.ToLocal(ParseInstant(value)).DateTime),
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
