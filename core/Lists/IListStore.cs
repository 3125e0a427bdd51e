using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>
/// The register's lists, wherever they are kept (SharePoint through Graph, or the embedded SQLite file).
/// Every adapter passes the same contract tests; errors are the types in <see cref="Errors"/>.
/// </summary>
public interface IListStore
{
    /// <summary>"sqlite" or "sharepoint": which adapter this is.</summary>
    string Kind { get; }

    /// <summary>
    /// Creates missing lists, columns and indexes; idempotent; never changes or drops data. Returns the names of the
    /// other lists the store holds (not among <paramref name="schemas"/>), which it leaves as they are.
    /// </summary>
    Task<IReadOnlyList<string>> ProvisionAsync(IEnumerable<ListSchema> schemas, CancellationToken cancellationToken);

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
    /// What changed since <paramref name="changeToken"/> (null: everything, as a full resync), and the token to
    /// ask with next time. Costs in proportion to the changes, not to the list.
    /// </summary>
    Task<ChangeSet> GetChangesAsync(string list, string? changeToken, CancellationToken cancellationToken);

    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
