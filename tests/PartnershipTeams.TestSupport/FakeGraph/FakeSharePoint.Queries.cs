using System.Globalization;
using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

public sealed partial class FakeSharePoint
{
    /// <summary>The header that lets Graph run a filter or order on a column without an index, on lists small enough.</summary>
    public const string HonorNonIndexed = "HonorNonIndexedQueriesWarningMayFailRandomly";

    /// <summary>
    /// A filtered, ordered, paged read of list items, refused as SharePoint refuses it: a filter or order on a column
    /// without an index needs the Prefer header (the message as in microsoft-graph-docs#2351) and fails anyway past the
    /// list view threshold; on a list past the threshold, the first condition of the filter must narrow it to the threshold
    /// or fewer items (pnp/pnpjs#3149, sp-dev-docs#7149, msgraph-sdk-dotnet#827).
    /// </summary>
    private GraphResponse QueryItems(FakeList list, GraphRequest request)
    {
        IEnumerable<FakeItem> items = list.Items.Values;
        var filter = request.Query.TryGetValue("$filter", out var filterText) ? FilterExpression.Parse(filterText) : null;
        var order = request.Query.TryGetValue("$orderby", out var orderText) ? orderText.Split(' ')[0].Replace("fields/", string.Empty, StringComparison.Ordinal) : null;
        var referenced = (filter?.Fields ?? []).Concat(order is null ? [] : [order]).ToList();
        foreach (var field in referenced)
        {
            var column = list.Column(ColumnOf(field));
            if (column is null || (column["lookup"] is not null && !field.EndsWith(LookupIdSuffix, StringComparison.Ordinal)))
            {
                // A lookup is filtered by the id it holds, never by the value it shows (microsoft-graph-docs#2351).
                return GraphResponse.Error(400, "invalidRequest", $"Field '{field}' cannot be used in a filter or order; filter a lookup by '{field}{LookupIdSuffix}'.");
            }

            if (!IsIndexed(column))
            {
                var prefer = request.Headers.TryGetValue("Prefer", out var preferText) && preferText.Contains(HonorNonIndexed, StringComparison.OrdinalIgnoreCase);
                if (!prefer)
                {
                    return GraphResponse.Error(400, "invalidRequest", $"Field '{field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: {HonorNonIndexed}' header to allow this, but be warned that such queries may fail on large lists.");
                }

                if (list.Items.Count > ListViewThreshold)
                {
                    return ThresholdExceeded();
                }
            }
        }

        if (filter is not null)
        {
            if (list.Items.Count > ListViewThreshold && list.Items.Values.Count(i => filter.MatchesFirst(i.Fields)) > ListViewThreshold)
            {
                return ThresholdExceeded();
            }

            items = items.Where(i => filter.Matches(i.Fields));
        }

        var top = request.Query.TryGetValue("$top", out var topText) ? int.Parse(topText, CultureInfo.InvariantCulture) : int.MaxValue;
        var skip = request.Query.TryGetValue("$skiptoken", out var skipText) ? int.Parse(skipText, CultureInfo.InvariantCulture) : 0;
        var pageSize = Math.Min(PageSize, top);
        var matching = items.ToList();
        var page = matching.Skip(skip).Take(pageSize).ToList();
        var body = new JsonObject { ["value"] = new JsonArray([.. page.Select(i => (JsonNode)ItemJson(list, i))]) };
        if (skip + page.Count < matching.Count)
        {
            // As in Graph, $top sets the page size; the next link carries on after the last item of the page.
            var query = string.Join('&', request.Query.Where(q => q.Key != "$skiptoken").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
            body["@odata.nextLink"] = $"{BaseUrl}/sites/{SiteId}/lists/{list.Id}/items?{query}&$skiptoken={skip + page.Count}";
        }

        return new GraphResponse(200, body);
    }

    private static bool IsIndexed(JsonObject column) =>
        column["indexed"]?.GetValue<bool>() == true || column["enforceUniqueValues"]?.GetValue<bool>() == true;

    private static GraphResponse ThresholdExceeded() =>
        new(500, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = "generalException",
                ["message"] = "The attempted operation is prohibited because it exceeds the list view threshold.",
                ["innerError"] = new JsonObject { ["code"] = "-2147024860, Microsoft.SharePoint.SPQueryThrottledException" },
            },
        });
}
