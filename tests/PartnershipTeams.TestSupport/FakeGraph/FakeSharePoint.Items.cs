using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

public sealed partial class FakeSharePoint
{
    private GraphResponse QueryItems(FakeList list, GraphRequest request)
    {
        IEnumerable<FakeItem> items = list.Items.Values;
        if (request.Query.TryGetValue("$filter", out var filterText))
        {
            var filter = FilterExpression.Parse(filterText);
            var unindexed = filter.Fields.FirstOrDefault(f => list.Column(ColumnOf(f)) is not { } c || (c["indexed"]?.GetValue<bool>() != true && c["enforceUniqueValues"]?.GetValue<bool>() != true));
            if (unindexed is not null)
            {
                return GraphResponse.Error(400, "invalidRequest", $"Field '{unindexed}' cannot be referenced in filter or orderby as it is not indexed.");
            }

            items = items.Where(i => filter.Matches(i.Fields));
        }

        var top = request.Query.TryGetValue("$top", out var topText) ? int.Parse(topText, CultureInfo.InvariantCulture) : int.MaxValue;
        var skip = request.Query.TryGetValue("$skiptoken", out var skipText) ? int.Parse(skipText, CultureInfo.InvariantCulture) : 0;
        var matching = items.Take(top).ToList();
        var page = matching.Skip(skip).Take(PageSize).ToList();
        var body = new JsonObject { ["value"] = new JsonArray([.. page.Select(i => (JsonNode)ItemJson(i))]) };
        if (skip + page.Count < matching.Count)
        {
            var query = string.Join('&', request.Query.Where(q => q.Key != "$skiptoken").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
            body["@odata.nextLink"] = $"{BaseUrl}/sites/{SiteId}/lists/{list.Id}/items?{query}&$skiptoken={skip + page.Count}";
        }

        return new GraphResponse(200, body);
    }

    private GraphResponse CreateItem(FakeList list, JsonObject body)
    {
        var fields = body["fields"]?.AsObject() ?? [];
        var problem = RequiredMissing(list, fields, isCreate: true) ?? UniqueTaken(list, fields, exceptId: null);
        if (problem is not null)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var item = new FakeItem(list.NextId++) { Created = now, Modified = now };
        Assign(item, fields);
        list.Items[item.Id] = item;
        Record(list, item.Id, deleted: false);
        return new GraphResponse(201, ItemJson(item));
    }

    private GraphResponse PatchFields(FakeList list, FakeItem item, GraphRequest request)
    {
        if (!MatchesETag(item, request))
        {
            return GraphResponse.Error(412, "preconditionFailed", "The eTag does not match the item's current version.");
        }

        var fields = request.Body!.AsObject();
        var problem = RequiredMissing(list, fields, isCreate: false) ?? UniqueTaken(list, fields, exceptId: item.Id);
        if (problem is not null)
        {
            return problem;
        }

        Assign(item, fields);
        item.Version++;
        item.Modified = time.GetUtcNow();
        Record(list, item.Id, deleted: false);
        return new GraphResponse(200, FieldsJson(item));
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

    private GraphResponse Delta(FakeList list, GraphRequest request)
    {
        var since = request.Query.TryGetValue("token", out var token) ? long.Parse(token, CultureInfo.InvariantCulture) : 0;
        if (since > 0 && since < expiredBefore)
        {
            return GraphResponse.Error(410, "resyncRequired", "The delta token has expired; a full resync is required.");
        }

        // A paged delta keeps the sequence it started at, so the final delta link misses nothing written meanwhile.
        var upTo = request.Query.TryGetValue("upto", out var upToText) ? long.Parse(upToText, CultureInfo.InvariantCulture) : sequence;
        var changed = since == 0
            ? list.Items.Keys.Select(id => (Id: id, Deleted: false)).ToList()
            : [.. list.Changes.Where(c => c.Value.Sequence > since && c.Value.Sequence <= upTo).OrderBy(c => c.Value.Sequence).Select(c => (Id: c.Key, c.Value.Deleted))];
        var skip = request.Query.TryGetValue("skip", out var skipText) ? int.Parse(skipText, CultureInfo.InvariantCulture) : 0;
        var page = changed.Skip(skip).Take(PageSize).ToList();
        var value = new JsonArray([.. page.Select(c => c.Deleted || !list.Items.TryGetValue(c.Id, out var item)
            ? (JsonNode)new JsonObject { ["id"] = c.Id.ToString(CultureInfo.InvariantCulture), ["deleted"] = new JsonObject { ["state"] = "deleted" } }
            : ItemJson(item))]);
        var body = new JsonObject { ["value"] = value };
        var link = $"{BaseUrl}/sites/{SiteId}/lists/{list.Id}/items/delta";
        if (skip + page.Count < changed.Count)
        {
            body["@odata.nextLink"] = $"{link}?token={since}&upto={upTo}&skip={skip + page.Count}";
        }
        else
        {
            body["@odata.deltaLink"] = $"{link}?token={upTo}";
        }

        return new GraphResponse(200, body);
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

    private static GraphResponse? UniqueTaken(FakeList list, JsonObject fields, int? exceptId)
    {
        foreach (var column in list.Columns.Where(c => c["enforceUniqueValues"]?.GetValue<bool>() == true))
        {
            var name = FieldOf(column);
            if (fields[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                var text = value.GetValue<string>();
                var taken = list.Items.Values.Any(i => i.Id != exceptId && i.Fields[name] is JsonValue other
                    && string.Equals(other.ToString(), text, StringComparison.OrdinalIgnoreCase));
                if (taken)
                {
                    return GraphResponse.Error(409, "nameAlreadyExists", $"The value of '{name}' must be unique in the list.");
                }
            }
        }

        return null;
    }

    private static void Assign(FakeItem item, JsonObject fields)
    {
        foreach (var (key, value) in fields)
        {
            if (key.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

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

    private static string FieldOf(JsonObject column) => column["lookup"] is not null ? $"{column["name"]}LookupId" : (string)column["name"]!;

    private static string ColumnOf(string field) => field.EndsWith("LookupId", StringComparison.Ordinal) ? field[..^"LookupId".Length] : field;

    private static JsonObject FieldsJson(FakeItem item)
    {
        var fields = (JsonObject)item.Fields.DeepClone();
        fields["@odata.etag"] = item.ETag;
        fields["id"] = item.Id.ToString(CultureInfo.InvariantCulture);
        fields["Created"] = item.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        fields["Modified"] = item.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        return fields;
    }

    private static JsonObject ItemJson(FakeItem item) => new()
    {
        ["@odata.etag"] = item.ETag,
        ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
        ["eTag"] = item.ETag,
        ["createdDateTime"] = item.Created.ToString("O", CultureInfo.InvariantCulture),
        ["lastModifiedDateTime"] = item.Modified.ToString("O", CultureInfo.InvariantCulture),
        ["fields"] = FieldsJson(item),
    };
}
