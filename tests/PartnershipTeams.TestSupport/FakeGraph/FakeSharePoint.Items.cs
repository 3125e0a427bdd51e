using System.Globalization;
using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

public sealed partial class FakeSharePoint
{
    private GraphResponse CreateItem(FakeList list, JsonObject body)
    {
        var written = body["fields"]?.AsObject() ?? [];
        var problem = Normalize(list, written, out var fields) ?? RequiredMissing(list, fields, isCreate: true) ?? UniqueTaken(list, fields, exceptId: null);
        if (problem is not null)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var item = new FakeItem(list.NextId++) { Created = now, Modified = now };
        Assign(item, fields);
        list.Items[item.Id] = item;
        Record(list, item.Id, deleted: false);
        return new GraphResponse(201, ItemJson(list, item));
    }

    private GraphResponse PatchFields(FakeList list, FakeItem item, GraphRequest request)
    {
        if (!MatchesETag(item, request))
        {
            return GraphResponse.Error(412, "preconditionFailed", "The eTag does not match the item's current version.");
        }

        var problem = Normalize(list, request.Body!.AsObject(), out var fields) ?? RequiredMissing(list, fields, isCreate: false) ?? UniqueTaken(list, fields, exceptId: item.Id);
        if (problem is not null)
        {
            return problem;
        }

        item.PreviousFields = (JsonObject)item.Fields.DeepClone();
        Assign(item, fields);
        item.Version++;
        item.Modified = time.GetUtcNow();
        Record(list, item.Id, deleted: false);
        return new GraphResponse(200, FieldsJson(list, item, item.Fields, item.Version));
    }

    private GraphResponse DeleteItem(FakeList list, FakeItem item, GraphRequest request)
    {
        if (!MatchesETag(item, request))
        {
            return GraphResponse.Error(412, "preconditionFailed", "The eTag does not match the item's current version.");
        }

        list.Items.Remove(item.Id);
        Record(list, item.Id, deleted: true);
        return new GraphResponse(204, null);
    }

    private static GraphResponse? RequiredMissing(FakeList list, JsonObject fields, bool isCreate)
    {
        foreach (var column in list.Columns.Where(c => c["required"]?.GetValue<bool>() == true))
        {
            var name = FieldOf(column);
            var present = fields.TryGetPropertyValue(name, out var value);
            if ((isCreate && (!present || value is null)) || (!isCreate && present && value is null))
            {
                return GraphResponse.Error(400, "invalidRequest", $"Field '{name}' is required.");
            }
        }

        return null;
    }

    /// <summary>
    /// A unique column already holding the value: SharePoint's SPDuplicateValuesFoundException, which Graph passes on as a
    /// server error (pnp/PnP-Sites-Core#608; the REST shape in nittygritty-uk/Atvero-Issues#135).
    /// </summary>
    private GraphResponse? UniqueTaken(FakeList list, JsonObject fields, int? exceptId)
    {
        foreach (var column in list.Columns.Where(c => c["enforceUniqueValues"]?.GetValue<bool>() == true))
        {
            var name = FieldOf(column);
            if (fields[name] is not JsonValue value)
            {
                continue;
            }

            var text = value.ToString();
            var taken = list.Items.Values.Any(i => i.Id != exceptId && i.Fields[name] is JsonValue other
                && string.Equals(other.ToString(), text, StringComparison.OrdinalIgnoreCase));
            if (taken)
            {
                var message = $"The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [{column["name"]}].";
                return new GraphResponse(DuplicateStatus, new JsonObject
                {
                    ["error"] = new JsonObject
                    {
                        ["code"] = DuplicateStatus == 500 ? "generalException" : DuplicateStatus == 409 ? "nameAlreadyExists" : "invalidRequest",
                        ["message"] = message,
                        ["innerError"] = new JsonObject { ["code"] = "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException", ["message"] = message },
                    },
                });
            }
        }

        return null;
    }

    private static void Assign(FakeItem item, JsonObject fields)
    {
        foreach (var (key, value) in fields)
        {
            if (value is null)
            {
                item.Fields.Remove(key);
            }
            else
            {
                item.Fields[key] = value.DeepClone();
            }
        }
    }

    private void Record(FakeList list, int id, bool deleted) => list.Changes[id] = (++sequence, deleted);

    private static bool MatchesETag(FakeItem item, GraphRequest request) =>
        !request.Headers.TryGetValue("If-Match", out var etag) || etag == "*" || etag == item.ETag;

    private static string FieldOf(JsonObject column) => column["lookup"] is not null ? $"{column["name"]}{LookupIdSuffix}" : (string)column["name"]!;

    private static string ColumnOf(string field) => field.EndsWith(LookupIdSuffix, StringComparison.Ordinal) ? field[..^LookupIdSuffix.Length] : field;

    private JsonObject FieldsJson(FakeList list, FakeItem item, JsonObject stored, int version)
    {
        var fields = ReadableFields(list, stored);
        fields["@odata.etag"] = item.ETagOf(version);
        fields["id"] = item.Id.ToString(CultureInfo.InvariantCulture);
        fields["Created"] = item.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        fields["Modified"] = item.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        return fields;
    }

    private JsonObject ItemJson(FakeList list, FakeItem item, bool previous = false)
    {
        var version = previous ? item.Version - 1 : item.Version;
        return new()
        {
            ["@odata.etag"] = item.ETagOf(version),
            ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
            ["eTag"] = item.ETagOf(version),
            ["createdDateTime"] = item.Created.ToString("O", CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = item.Modified.ToString("O", CultureInfo.InvariantCulture),
            ["fields"] = FieldsJson(list, item, previous ? item.PreviousFields! : item.Fields, version),
        };
    }
}
