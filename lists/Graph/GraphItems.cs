using System.Globalization;
using GraphListItem = Microsoft.Graph.Models.ListItem;
using ListItem = PartnershipTeams.Core.Schema.ListItem;
using Microsoft.Graph.Models;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>SharePoint list items (and bare field sets) as our <see cref="ListItem"/>.</summary>
internal static class GraphItems
{
    public static ListItem ToListItem(ListSchema schema, GraphListItem item, TimeZoneInfo siteZone) =>
        new(
            int.Parse(item.Id!, CultureInfo.InvariantCulture),
            item.ETag ?? string.Empty,
            Fields(schema, item.Fields?.AdditionalData, siteZone),
            item.LastModifiedDateTime ?? DateTimeOffset.MinValue);

    /// <summary>After a PATCH of fields Graph returns the field set alone; its eTag and Modified stamp ride along.</summary>
    public static ListItem ToListItem(ListSchema schema, int id, FieldValueSet fields, TimeZoneInfo siteZone)
    {
        var data = fields.AdditionalData;
        var etag = data.TryGetValue("@odata.etag", out var tag) ? Convert.ToString(GraphFieldCodec.Plain(tag), CultureInfo.InvariantCulture) : null;
        var modified = data.TryGetValue("Modified", out var stamp) && GraphFieldCodec.Plain(stamp) is { } value
            ? GraphFieldCodec.ParseInstant(value)
            : DateTimeOffset.MinValue;
        return new ListItem(id, etag ?? string.Empty, Fields(schema, data, siteZone), modified);
    }

    private static Dictionary<string, object?> Fields(ListSchema schema, IDictionary<string, object>? data, TimeZoneInfo siteZone)
    {
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in schema.Columns)
        {
            object? raw = null;
            data?.TryGetValue(GraphColumns.FieldName(column), out raw);
            fields[column.Name] = GraphFieldCodec.FromGraph(column, raw, siteZone);
        }

        return fields;
    }
}
