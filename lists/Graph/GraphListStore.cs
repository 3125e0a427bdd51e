using GraphListItem = Microsoft.Graph.Models.ListItem;
using ListItem = PartnershipTeams.Core.Schema.ListItem;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Sites.Item.Lists.Item.Items.Delta;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// The register in SharePoint Online, through the Microsoft Graph SDK: list items with their eTags, queries on
/// indexed columns with escaped OData literals, changes by the list-items delta query, bulk writes in $batch.
/// </summary>
public sealed class GraphListStore : IListStore
{
    private readonly GraphServiceClient client;
    private readonly GraphStoreOptions options;
    private readonly GraphSite site;
    private readonly GraphProvisioner provisioner;

    public GraphListStore(GraphServiceClient client, GraphStoreOptions options)
    {
        this.client = client;
        this.options = options;
        site = new GraphSite(client, options);
        provisioner = new GraphProvisioner(client, site);
    }

    public string Kind => "sharepoint";

    public Task<IReadOnlyList<string>> ProvisionAsync(IEnumerable<ListSchema> schemas, CancellationToken cancellationToken)
    {
        var wanted = schemas.ToList();
        return CallAsync("Provisioning", () => provisioner.ProvisionAsync(wanted, cancellationToken), cancellationToken);
    }

    public Task<ListItem> CreateAsync(string list, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var prepared = FieldSet.Prepare(schema, fields, isCreate: true);
        return CallAsync($"Creating an item in '{schema.Name}'", async () =>
        {
            var body = new GraphListItem { Fields = new FieldValueSet { AdditionalData = GraphFieldCodec.ToGraph(prepared)! } };
            var created = await Items(listId).PostAsync(body, cancellationToken: cancellationToken);
            return GraphItems.ToListItem(schema, created!);
        }, cancellationToken);
    }

    public Task<ListItem> GetAsync(string list, int id, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Item {id} of '{schema.Name}'", async () =>
        {
            var item = await Items(listId)[id.ToString(System.Globalization.CultureInfo.InvariantCulture)]
                .GetAsync(rc => rc.QueryParameters.Expand = ["fields"], cancellationToken);
            return GraphItems.ToListItem(schema, item!);
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
                    rc.QueryParameters.Filter = ODataFilter.Build(conditions);
                }

                if (query.Top is { } top)
                {
                    rc.QueryParameters.Top = top;
                }
            }, cancellationToken);
            while (page is not null && (query.Top is null || found.Count < query.Top))
            {
                found.AddRange((page.Value ?? []).Select(i => GraphItems.ToListItem(schema, i)));
                page = page.OdataNextLink is { } next ? await Items(listId).WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
            }

            return [.. found.OrderBy(i => i.Id).Take(query.Top ?? int.MaxValue)];
        }, cancellationToken);
    }

    public Task<ListItem> UpdateAsync(string list, int id, IReadOnlyDictionary<string, object?> fields, string ifMatch, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var prepared = FieldSet.Prepare(schema, fields, isCreate: false);
        return CallAsync($"Updating item {id} of '{schema.Name}'", async () =>
        {
            var body = new FieldValueSet { AdditionalData = GraphFieldCodec.ToGraph(prepared)! };
            var updated = await Items(listId)[id.ToString(System.Globalization.CultureInfo.InvariantCulture)].Fields
                .PatchAsync(body, rc => rc.Headers.Add("If-Match", ifMatch), cancellationToken);
            return GraphItems.ToListItem(schema, id, updated!);
        }, cancellationToken);
    }

    public Task DeleteAsync(string list, int id, string ifMatch, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Deleting item {id} of '{schema.Name}'", () =>
            Items(listId)[id.ToString(System.Globalization.CultureInfo.InvariantCulture)].DeleteAsync(rc => rc.Headers.Add("If-Match", ifMatch), cancellationToken),
            cancellationToken);
    }

    public Task<ChangeSet> GetChangesAsync(string list, string? changeToken, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        var since = changeToken is null ? null : GraphChangeToken.Parse(changeToken, schema.Name);
        return CallAsync($"Reading changes of '{schema.Name}'", async () =>
        {
            if (since is not null)
            {
                try
                {
                    return await ReadDeltaAsync(schema, listId, Items(listId).Delta.WithUrl(since.DeltaLink), isFullResync: false, cancellationToken);
                }
                catch (Exception e) when (GraphErrors.IsResyncRequired(e))
                {
                    // Graph no longer knows the token: start over, and say so, so the caller reconciles everything.
                }
            }

            return await ReadDeltaAsync(schema, listId, Items(listId).Delta, isFullResync: true, cancellationToken);
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

    /// <summary>Creates many items in $batch requests of at most 20; each item succeeds or fails on its own.</summary>
    public Task<IReadOnlyList<BatchCreateResult>> CreateManyAsync(string list, IReadOnlyList<IReadOnlyDictionary<string, object?>> items, CancellationToken cancellationToken)
    {
        var (schema, listId) = site.List(list);
        return CallAsync($"Creating {items.Count} items in '{schema.Name}'",
            () => new GraphBatchWriter(client, options).CreateAsync(schema, Items(listId), items, cancellationToken), cancellationToken);
    }

    private async Task<ChangeSet> ReadDeltaAsync(ListSchema schema, string listId, DeltaRequestBuilder first, bool isFullResync, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<int, ItemChange>();
        var page = await first.GetAsDeltaGetResponseAsync(rc => rc.QueryParameters.Expand = ["fields"], cancellationToken);
        while (true)
        {
            foreach (var item in page?.Value ?? [])
            {
                var id = int.Parse(item.Id!, System.Globalization.CultureInfo.InvariantCulture);
                changes[id] = new ItemChange(id, item.Deleted is null ? GraphItems.ToListItem(schema, item) : null);
            }

            if (page?.OdataDeltaLink is { } deltaLink)
            {
                return new ChangeSet([.. changes.Values.OrderBy(c => c.Id)], new GraphChangeToken(schema.Name, deltaLink).ToString(), isFullResync);
            }

            var next = page?.OdataNextLink ?? throw new ListStoreUnavailableException($"The delta of '{schema.Name}' ended without a delta link.");
            page = await Items(listId).Delta.WithUrl(next).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
        }
    }

    private Microsoft.Graph.Sites.Item.Lists.Item.Items.ItemsRequestBuilder Items(string listId) =>
        client.Sites[site.ResolvedId].Lists[listId].Items;

    private static async Task CallAsync(string what, Func<Task> call, CancellationToken cancellationToken) =>
        await CallAsync(what, async () => { await call(); return 0; }, cancellationToken);

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
