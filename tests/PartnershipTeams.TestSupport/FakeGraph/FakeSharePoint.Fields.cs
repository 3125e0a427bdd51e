using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

public sealed partial class FakeSharePoint
{
    private const string LookupIdSuffix = "LookupId";

    /// <summary>
    /// A fieldValueSet as SharePoint stores it, or the error SharePoint answers. Date-only values become midnight of
    /// their date in the site's zone, in UTC (sp-dev-docs#9916, microsoft-graph-docs#13168). A lookup is written only as
    /// "{Name}LookupId" holding an item id, several ids with "@odata.type": "Collection(Edm.Int32)"
    /// (microsoft-graph-docs-contrib#7724, #694); its shown value is read-only.
    /// </summary>
    private GraphResponse? Normalize(FakeList list, JsonObject fields, out JsonObject stored)
    {
        stored = [];
        foreach (var (key, value) in fields)
        {
            if (key.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            var lookup = key.EndsWith(LookupIdSuffix, StringComparison.Ordinal) ? list.Column(key[..^LookupIdSuffix.Length]) : null;
            if (lookup?["lookup"] is JsonObject lookupFacet)
            {
                var problem = LookupValue(key, value, fields[$"{key}@odata.type"]?.ToString(), lookupFacet["allowMultipleValues"]?.GetValue<bool>() == true, out var ids);
                if (problem is not null)
                {
                    return problem;
                }

                stored[key] = ids;
                continue;
            }

            var column = list.Column(key);
            if (column is null)
            {
                return GraphResponse.Error(400, "invalidRequest", $"Field '{key}' is not recognized");
            }

            if (column["lookup"] is not null)
            {
                return GraphResponse.Error(400, "invalidRequest", $"Field '{key}' is read-only. A lookup is written as '{key}{LookupIdSuffix}' with the id of the item it points to.");
            }

            if (column["dateTime"]?["format"]?.ToString() == "dateOnly" && value is not null)
            {
                if (!TryParseWritten(value, out var written))
                {
                    return GraphResponse.Error(400, "invalidRequest", $"Cannot convert the value of '{key}' to a date.");
                }

                stored[key] = StoredDate(DateOnly.FromDateTime(written.DateTime));
                continue;
            }

            stored[key] = value?.DeepClone();
        }

        return null;
    }

    private static GraphResponse? LookupValue(string key, JsonNode? value, string? odataType, bool multiple, out JsonNode? ids)
    {
        ids = null;
        if (value is null)
        {
            return null;
        }

        if (!multiple)
        {
            if (value is JsonValue single && single.GetValueKind() == JsonValueKind.Number && single.TryGetValue<int>(out var id))
            {
                ids = JsonValue.Create(id);
                return null;
            }

            return GraphResponse.Error(400, "invalidRequest", $"Cannot convert the literal '{value.ToJsonString()}' of '{key}' to the expected type 'Edm.Int32'.");
        }

        if (odataType != "Collection(Edm.Int32)" || value is not JsonArray many
            || many.Any(v => v is not JsonValue n || n.GetValueKind() != JsonValueKind.Number || !n.TryGetValue<int>(out _)))
        {
            return GraphResponse.Error(400, "invalidRequest", $"A value without a type name was found and no expected type is available. '{key}' takes item ids with \"{key}@odata.type\": \"Collection(Edm.Int32)\".");
        }

        ids = many.DeepClone();
        return null;
    }

    /// <summary>A written date or date-time: with an offset it is an instant, seen in the site's zone; without one, local to the site.</summary>
    private bool TryParseWritten(JsonNode value, out DateTimeOffset local)
    {
        local = default;
        if (value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetValue<string>();
        var zoned = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (zoned && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            local = TimeZoneInfo.ConvertTime(instant, SiteTimeZone);
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var unzoned))
        {
            local = new DateTimeOffset(unzoned, SiteTimeZone.GetUtcOffset(unzoned));
            return true;
        }

        return false;
    }

    /// <summary>Midnight of the date in the site's zone, as SharePoint returns it: in UTC, to the second.</summary>
    public string StoredDate(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.ConvertTimeToUtc(midnight, SiteTimeZone);
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The fields as Graph returns them: lookups as "{Name}LookupId" (a string, as Graph sends it) and the shown value.</summary>
    private JsonObject ReadableFields(FakeList list, JsonObject stored)
    {
        var fields = (JsonObject)stored.DeepClone();
        foreach (var column in list.Columns.Where(c => c["lookup"] is not null))
        {
            var name = (string)column["name"]!;
            var key = name + LookupIdSuffix;
            if (stored[key] is not { } value)
            {
                continue;
            }

            var target = lists.GetValueOrDefault((string?)column["lookup"]!["listId"] ?? string.Empty);
            string? Title(int id) => target is not null && target.Items.TryGetValue(id, out var item) ? (string?)item.Fields["Title"] : null;
            if (value is JsonArray ids)
            {
                fields.Remove(key);
                fields[name] = new JsonArray([.. ids.Select(i => (JsonNode)new JsonObject { ["LookupId"] = i!.GetValue<int>(), ["LookupValue"] = Title(i.GetValue<int>()) })]);
            }
            else
            {
                var id = value.GetValue<int>();
                fields[key] = id.ToString(CultureInfo.InvariantCulture);
                fields[name] = Title(id);
            }
        }

        return fields;
    }
}
