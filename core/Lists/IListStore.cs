using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>
/// The register's lists, wherever they are kept (SharePoint through Graph, or the embedded SQLite file).
/// Every adapter passes the same contract tests; errors are the types in <see cref="Errors"/>.
/// </summary>
public interface IListStore
{
    /// <summary>"sqlite" or "sharepoint": which adapter this is.</summary>
    StoreKind Kind { get; }

    /// <summary>
    /// Creates missing lists, columns and indexes; idempotent; never changes or drops data. Returns the names of the
    /// other lists the store holds (not among <paramref name="schemas"/>), which it leaves as they are.
    /// </summary>
    Task<IReadOnlyList<string>> ProvisionAsync(IEnumerable<ListSchema> schemas, CancellationToken cancellationToken);

    /// <summary>
    /// Finds the lists an earlier provisioning of the same schemas made, without checking their columns: what a cold start
    /// needs when this version has provisioned the store already. False when a list is missing (then provision). A store
    /// whose provisioning is local and cheap (SQLite) simply provisions.
    /// </summary>
    async Task<bool> AttachAsync(IEnumerable<ListSchema> schemas, CancellationToken cancellationToken)
    {
        await ProvisionAsync(schemas, cancellationToken);
        return true;
    }

    Task<ListItem> CreateAsync(string list, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken);

    /// <summary>Creates many items; each is stored or refused on its own (SharePoint: $batch of at most 20).</summary>
    Task<IReadOnlyList<BatchCreateResult>> CreateManyAsync(string list, IReadOnlyList<IReadOnlyDictionary<string, object?>> items, CancellationToken cancellationToken);

    Task<ListItem> GetAsync(string list, int id, CancellationToken cancellationToken);

    /// <summary>Items matching every condition (indexed columns only), in id order.</summary>
    Task<IReadOnlyList<ListItem>> QueryAsync(string list, ListQuery query, CancellationToken cancellationToken);

    /// <summary>Changes the given fields only, if the item's ETag still equals <paramref name="ifMatch"/> ("*" for any).</summary>
    Task<ListItem> UpdateAsync(string list, int id, IReadOnlyDictionary<string, object?> fields, string ifMatch, CancellationToken cancellationToken);

    Task DeleteAsync(string list, int id, string ifMatch, CancellationToken cancellationToken);

    /// <summary>
    /// Changes many items, each only if its ETag still matches; each change succeeds or fails on its own
    /// (SharePoint: $batch of at most 20).
    /// </summary>
    Task<IReadOnlyList<BatchUpdateResult>> UpdateManyAsync(string list, IReadOnlyList<ItemUpdate> updates, CancellationToken cancellationToken);

    /// <summary>
    /// A change token for now, without reading any item: a later <see cref="GetChangesAsync"/> with it returns what changed
    /// after this call. (Graph: the items delta with token=latest.)
    /// </summary>
    Task<string> GetLatestChangeTokenAsync(string list, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="size"/> items in id order, from where <paramref name="continuation"/> left off (null: the first),
    /// without a filter, so it works on lists of any size; the page's continuation is null after the last item.
    /// </summary>
    Task<ItemPage> ReadPageAsync(string list, string? continuation, int size, CancellationToken cancellationToken);

    /// <summary>
    /// What changed since <paramref name="changeToken"/> (null: everything, as a full resync), and the token to
    /// ask with next time. Costs in proportion to the changes, not to the list.
    /// </summary>
    Task<ChangeSet> GetChangesAsync(string list, string? changeToken, CancellationToken cancellationToken);

    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
