using Microsoft.Graph.Sites.Item.Lists.Item.Items;
using Microsoft.Graph.Sites.Item.Lists.Item.Items.Delta;
using Microsoft.Kiota.Abstractions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Reads the list items delta as Graph serves it (microsoft-graph-docs-contrib, api-reference/v1.0/api/listitem-delta.md):
/// the stored delta link is followed as given (WithUrl; the SDK's DeltaWithToken builds a URL Graph answers 404,
/// msgraph-sdk-dotnet#2734), an item seen twice counts as its last occurrence, and a 410 Gone starts over from its Location.
/// </summary>
internal sealed class GraphDeltaReader(TimeZoneInfo siteZone)
{
    public async Task<ChangeSet> ReadAsync(ListSchema schema, ItemsRequestBuilder items, string? deltaLink, CancellationToken cancellationToken)
    {
        if (deltaLink is null)
        {
            return await ReadFromAsync(schema, items, items.Delta, isFullResync: true, cancellationToken);
        }

        try
        {
            return await ReadFromAsync(schema, items, items.Delta.WithUrl(deltaLink), isFullResync: false, cancellationToken);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 410)
        {
            // resyncChangesApplyDifferences: enumerate everything again from where Graph says, and tell the caller so.
            var location = e.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Location", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
            return await ReadFromAsync(schema, items, location is null ? items.Delta : items.Delta.WithUrl(location), isFullResync: true, cancellationToken);
        }
    }

    /// <summary>The delta link for now, without enumerating anything (token=latest).</summary>
    public static async Task<string> LatestAsync(ItemsRequestBuilder items, string deltaUrl, CancellationToken cancellationToken)
    {
        var page = await items.Delta.WithUrl($"{deltaUrl}?token=latest").GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
        return page?.OdataDeltaLink ?? throw new ListStoreUnavailableException("Graph answered token=latest without a delta link.");
    }

    private async Task<ChangeSet> ReadFromAsync(ListSchema schema, ItemsRequestBuilder items, DeltaRequestBuilder first, bool isFullResync, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<int, ItemChange>();
        var page = await first.GetAsDeltaGetResponseAsync(rc => rc.QueryParameters.Expand = ["fields"], cancellationToken);
        while (true)
        {
            foreach (var item in page?.Value ?? [])
            {
                // An error entry where a deletion should be carries no id (msgraph-sdk-typescript#544): that deletion cannot be
                // reported; the item is gone all the same, and every other change still counts.
                if (item.Id is null)
                {
                    continue;
                }

                var id = int.Parse(item.Id, System.Globalization.CultureInfo.InvariantCulture);
                changes[id] = new ItemChange(id, item.Deleted is null ? GraphItems.ToListItem(schema, item, siteZone) : null);
            }

            if (page?.OdataDeltaLink is { } deltaLink)
            {
                return new ChangeSet([.. changes.Values.OrderBy(c => c.Id)], new GraphChangeToken(schema.Name, deltaLink).ToString(), isFullResync);
            }

            var next = page?.OdataNextLink ?? throw new ListStoreUnavailableException($"The delta of '{schema.Name}' ended without a delta link.");
            page = await items.Delta.WithUrl(next).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
        }
    }
}
