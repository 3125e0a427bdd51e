using System.Globalization;
using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

public sealed partial class FakeSharePoint
{
    private const string ResyncMarker = "resync";

    /// <summary>
    /// The list items delta as documented (microsoft-graph-docs-contrib, api-reference/v1.0/api/listitem-delta.md): pages
    /// of items with a next link, then a delta link; deleted items as {id, deleted: {state: "deleted"}}; "token=latest"
    /// for a link without enumerating; an expired token answers 410 Gone with resyncChangesApplyDifferences and a
    /// Location to start over from. Optionally, as Graph does at times: the same item more than once (take the last),
    /// and an error entry in place of a deleted item (microsoftgraph/msgraph-sdk-typescript#544).
    /// </summary>
    private GraphResponse Delta(FakeList list, GraphRequest request)
    {
        var link = $"{BaseUrl}/sites/{SiteId}/lists/{list.Id}/items/delta";
        request.Query.TryGetValue("token", out var token);
        if (token == "latest")
        {
            return new GraphResponse(200, new JsonObject { ["value"] = new JsonArray(), ["@odata.deltaLink"] = $"{link}?token={sequence}" });
        }

        if (request.Query.ContainsKey(ResyncMarker))
        {
            ResyncRestarts++;
        }

        var since = string.IsNullOrEmpty(token) ? 0 : long.Parse(token, CultureInfo.InvariantCulture);
        if (since > 0 && since < expiredBefore)
        {
            return GraphResponse.Error(410, "resyncChangesApplyDifferences", "The delta token is no longer valid; start a new enumeration from the Location.", new Dictionary<string, string> { ["Location"] = $"{link}?{ResyncMarker}=1" });
        }

        // A paged delta keeps the sequence it started at, so the final delta link misses nothing written meanwhile.
        var upTo = request.Query.TryGetValue("upto", out var upToText) ? long.Parse(upToText, CultureInfo.InvariantCulture) : sequence;
        var changed = since == 0
            ? list.Items.Keys.Select(id => (Id: id, Deleted: false)).ToList()
            : [.. list.Changes.Where(c => c.Value.Sequence > since && c.Value.Sequence <= upTo).OrderBy(c => c.Value.Sequence).Select(c => (Id: c.Key, c.Value.Deleted))];
        var skip = request.Query.TryGetValue("skip", out var skipText) ? int.Parse(skipText, CultureInfo.InvariantCulture) : 0;
        var page = changed.Skip(skip).Take(PageSize).ToList();
        var value = new JsonArray();
        foreach (var (id, _) in page.Where(c => DeltaRepeatsItems && !c.Deleted && since > 0))
        {
            if (list.Items.TryGetValue(id, out var item) && item.PreviousFields is not null)
            {
                value.Add(ItemJson(list, item, previous: true));
            }
        }

        foreach (var (id, deleted) in page)
        {
            value.Add(deleted || !list.Items.TryGetValue(id, out var item) ? DeletedEntry(id) : ItemJson(list, item));
        }

        var body = new JsonObject { ["value"] = value };
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

    private JsonNode DeletedEntry(int id) =>
        DeltaErrorInsteadOfDeletion
            ? new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["code"] = "InternalServerError",
                    ["message"] = "Cannot write a deleted resource, link, deleted link, or nested delta resource set within a resource set; they must be written within a delta resource set.",
                },
            }
            : new JsonObject { ["id"] = id.ToString(CultureInfo.InvariantCulture), ["deleted"] = new JsonObject { ["state"] = "deleted" } };
}
