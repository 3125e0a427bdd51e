using System.Globalization;
using ColumnDefinition = PartnershipTeams.Core.Schema.ColumnDefinition;
using GraphListItem = Microsoft.Graph.Models.ListItem;
using ListItem = PartnershipTeams.Core.Schema.ListItem;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Sites.Item.Lists.Item.Items;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// The register in SharePoint Online, through the Microsoft Graph SDK: list items with their eTags, queries on
/// indexed columns with escaped OData literals, dates in the site's time zone, changes by the list-items delta query,
/// bulk writes in $batch; list titles and views through the SharePoint REST API, the one thing Graph cannot do.
/// </summary>
public sealed class GraphListStore : IListStore
{
    private readonly GraphServiceClient client;
    private readonly GraphStoreOptions options;
    private readonly GraphSite site;
    private readonly GraphProvisioner provisioner;
    private readonly TimeZoneInfo siteZone;
    private readonly UniqueValueCheck unique;
    private readonly GraphDeltaReader delta;

    public GraphListStore(GraphServiceClient client, GraphStoreOptions options, SharePointRestClient? rest = null, ILogger<GraphListStore>? logger = null)
    {
        this.client = client;
        this.options = options;
        siteZone = options.TimeZone;
        site = new GraphSite(client, options);
        provisioner = new GraphProvisioner(client, site, rest, (ILogger?)logger ?? NullLogger.Instance);
        unique = new UniqueValueCheck(QueryAsync);
        delta = new GraphDeltaReader(siteZone);
    }

    public StoreKind Kind => StoreKind.SharePoint;

    public Task<IReadOnlyList<string>> ProvisionAsync(IEnumerable<ListSchema> schemas, CancellationToken cancellationToken)
    {
        var wanted = schemas.ToList();
        return CallAsync("Provisioning", () => provisioner.ProvisionAsync(wanted, cancellationToken), cancellationToken);
    }

    public Task<bool> AttachAsync(IEnumerable<ListSchema> schemas, CancellationToken cancellationToken)
    {
        var wanted = schemas.ToList();
        return CallAsync("Provisioning", () => provisioner.AttachAsync(wanted, cancellationToken), cancellationToken);
    }

    public Task<ListItem> CreateAsync(string list, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var prepared = FieldSet.Prepare(schema, fields, isCreate: true);
        return WriteAsync(schema, prepared, null, $"Creating an item in '{schema.Name}'", async () =>
        {
            var body = new GraphListItem { Fields = new FieldValueSet { AdditionalData = GraphFieldCodec.ToGraph(prepared, siteZone)! } };
            var created = await Items(listId).PostAsync(body, cancellationToken: cancellationToken);
            return GraphItems.ToListItem(schema, created!, siteZone);
        }, cancellationToken);
    }

    public Task<ListItem> GetAsync(string list, int id, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Item {id} of '{schema.Name}'", async () =>
        {
            var item = await Items(listId)[Id(id)].GetAsync(rc => rc.QueryParameters.Expand = ["fields"], cancellationToken);
            return GraphItems.ToListItem(schema, item!, siteZone);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ListItem>> QueryAsync(string list, ListQuery query, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var conditions = query.Conditions.Select(c =>
        {
            var (column, value) = FieldSet.PrepareCondition(schema, c);
            return (column, value, c.Operator);
        }).ToList();
        return CallAsync<IReadOnlyList<ListItem>>($"Querying '{schema.Name}'", async () =>
        {
            var found = new List<ListItem>();
            var page = await Items(listId).GetAsync(rc =>
            {
                rc.QueryParameters.Expand = ["fields"];
                if (conditions.Count > 0)
                {
                    rc.QueryParameters.Filter = ODataFilter.Build(conditions, siteZone);
                }

                if (query.Top is { } top)
                {
                    rc.QueryParameters.Top = top;
                }
            }, cancellationToken);
            while (page is not null && (query.Top is null || found.Count < query.Top))
            {
                found.AddRange((page.Value ?? []).Select(i => GraphItems.ToListItem(schema, i, siteZone)));
                page = page.OdataNextLink is { } next ? await Items(listId).WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
            }

            return [.. found.OrderBy(i => i.Id).Take(query.Top ?? int.MaxValue)];
        }, cancellationToken);
    }

    public Task<ListItem> UpdateAsync(string list, int id, IReadOnlyDictionary<string, object?> fields, string ifMatch, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var prepared = FieldSet.Prepare(schema, fields, isCreate: false);
        return WriteAsync(schema, prepared, id, $"Updating item {id} of '{schema.Name}'", async () =>
        {
            var body = new FieldValueSet { AdditionalData = GraphFieldCodec.ToGraph(prepared, siteZone)! };
            var updated = await Items(listId)[Id(id)].Fields.PatchAsync(body, rc => rc.Headers.Add("If-Match", ifMatch), cancellationToken);
            return GraphItems.ToListItem(schema, id, updated!, siteZone);
        }, cancellationToken);
    }

    public Task DeleteAsync(string list, int id, string ifMatch, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Deleting item {id} of '{schema.Name}'", async () =>
        {
            await Items(listId)[Id(id)].DeleteAsync(rc => rc.Headers.Add("If-Match", ifMatch), cancellationToken);
            return 0;
        }, cancellationToken);
    }

    /// <summary>Creates many items in $batch requests of at most 20; each item succeeds or fails on its own.</summary>
    public Task<IReadOnlyList<BatchCreateResult>> CreateManyAsync(string list, IReadOnlyList<IReadOnlyDictionary<string, object?>> items, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Creating {items.Count} items in '{schema.Name}'",
            () => new GraphBatchWriter(client, options, unique).CreateAsync(schema, Items(listId), items, cancellationToken), cancellationToken);
    }

    /// <summary>Updates many items in $batch requests of at most 20, each with its own If-Match; each succeeds or fails on its own.</summary>
    public Task<IReadOnlyList<BatchUpdateResult>> UpdateManyAsync(string list, IReadOnlyList<ItemUpdate> updates, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Updating {updates.Count} items in '{schema.Name}'",
            () => new GraphBatchWriter(client, options, unique).UpdateAsync(schema, Items(listId), updates, cancellationToken), cancellationToken);
    }

    public Task<ChangeSet> GetChangesAsync(string list, string? changeToken, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var since = changeToken is null ? null : GraphChangeToken.Parse(changeToken, schema.Name);
        return CallAsync($"Reading changes of '{schema.Name}'", () => delta.ReadAsync(schema, Items(listId), since?.DeltaLink, cancellationToken), cancellationToken);
    }

    public Task<string> GetLatestChangeTokenAsync(string list, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Reading the latest change token of '{schema.Name}'", async () =>
        {
            var link = await GraphDeltaReader.LatestAsync(Items(listId), $"{options.GraphBaseUrl.TrimEnd('/')}/sites/{site.ResolvedId}/lists/{listId}/items/delta", cancellationToken);
            return new GraphChangeToken(schema.Name, link).ToString();
        }, cancellationToken);
    }

    public Task<ItemPage> ReadPageAsync(string list, string? continuation, int size, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var from = continuation is null ? null : GraphPageToken.Parse(continuation, schema.Name);
        return CallAsync($"Reading a page of '{schema.Name}'", async () =>
        {
            // No filter and no order: SharePoint pages any list by id, whatever its size, and the next link carries on from there.
            var page = from is null
                ? await Items(listId).GetAsync(rc => { rc.QueryParameters.Expand = ["fields"]; rc.QueryParameters.Top = size; }, cancellationToken)
                : await Items(listId).WithUrl(from.NextLink).GetAsync(cancellationToken: cancellationToken);
            var items = (page?.Value ?? []).Select(i => GraphItems.ToListItem(schema, i, siteZone)).OrderBy(i => i.Id).ToList();
            return new ItemPage(items, page?.OdataNextLink is { } next ? new GraphPageToken(schema.Name, next).ToString() : null);
        }, cancellationToken);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync("Reaching the site", () => site.IdAsync(cancellationToken), cancellationToken);
            return new StoreHealth(Kind, Reachable: true, options.SiteUrl ?? string.Empty);
        }
        catch (ListStoreException e)
        {
            return new StoreHealth(Kind, Reachable: false, options.SiteUrl ?? string.Empty, e.Message);
        }
    }

    /// <summary>The Graph resource path of a provisioned list, as subscriptions name it.</summary>
    public string ResourceOf(string list) => $"sites/{site.ResolvedId}/lists/{site.List(list).Id}";

    /// <summary>The provisioned list a subscription resource names, or null.</summary>
    public string? ListOfResource(string resource)
    {
        var listId = resource.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(s => !string.Equals(s, "lists", StringComparison.OrdinalIgnoreCase)).Skip(1).FirstOrDefault();
        return listId is null ? null : site.NameOfListId(listId);
    }

    /// <summary>
    /// A create or update; an answer that may hide a unique-column violation without saying so is checked against the
    /// unique columns before it is reported (a create that SharePoint stored and then failed to confirm reads as a duplicate too).
    /// </summary>
    private Task<ListItem> WriteAsync(ListSchema schema, Dictionary<ColumnDefinition, object?> values, int? itemId, string what, Func<Task<ListItem>> write, CancellationToken cancellationToken) =>
        CallAsync(what, async () =>
        {
            try
            {
                return await write();
            }
            catch (Microsoft.Kiota.Abstractions.ApiException e) when (GraphErrors.MayHideDuplicate(e))
            {
                if (await unique.IsTakenAsync(schema, values, itemId, cancellationToken))
                {
                    throw new DuplicateItemException($"{what}: another item already holds this value in a unique column. Nothing was written.", e);
                }

                throw;
            }
        }, cancellationToken);

    private ItemsRequestBuilder Items(string listId) => client.Sites[site.ResolvedId].Lists[listId].Items;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<T> CallAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (GraphErrors.IsGraphFailure(e, cancellationToken))
        {
            throw GraphErrors.Translate(e, what);
        }
    }
}
