using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>Queries that answer with domain records instead of raw items; items that do not read as one are left out.</summary>
public static class RecordQueries
{
    public static async Task<IReadOnlyList<Stored<T>>> QueryAsync<T>(this IListStore store, ListRecords<T> records, ListQuery query, CancellationToken cancellationToken)
        where T : class =>
        [.. (await store.QueryAsync(records.ListName, query, cancellationToken)).Select(records.Stored).OfType<Stored<T>>()];

    /// <summary>The record of one item; null when the item does not read as one. Throws ItemNotFoundException when it is gone.</summary>
    public static async Task<T?> GetAsync<T>(this IListStore store, ListRecords<T> records, int id, CancellationToken cancellationToken)
        where T : class =>
        records.Read(await store.GetAsync(records.ListName, id, cancellationToken));
}
