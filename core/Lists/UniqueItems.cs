using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Core.Lists;

/// <summary>
/// Creating an item at most once, by a unique column: a repeated attempt (a retried sync, a second process) finds the
/// item the first one made instead of making another. The store refuses the duplicate (SharePoint answers it as an
/// error carrying SPDuplicateValuesFoundException; the adapters raise <see cref="DuplicateItemException"/>).
/// </summary>
public static class UniqueItems
{
    /// <summary>Creates first (the usual case: the key is new); on a duplicate, the id of the item already holding the key.</summary>
    public static async Task<int> CreateOnceAsync(this IListStore store, string list, string keyColumn, object key, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.CreateAsync(list, fields, cancellationToken)).Id;
        }
        catch (DuplicateItemException e)
        {
            return await FindAsync(store, list, keyColumn, key, cancellationToken) ?? throw NotFound(list, keyColumn, key, e);
        }
    }

    /// <summary>Looks first (the usual case: it is there already), creates when missing; whether it was created now.</summary>
    public static async Task<(int Id, bool Created)> FindOrCreateAsync(this IListStore store, string list, string keyColumn, object key, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        if (await FindAsync(store, list, keyColumn, key, cancellationToken) is { } found)
        {
            return (found, false);
        }

        try
        {
            return ((await store.CreateAsync(list, fields, cancellationToken)).Id, true);
        }
        catch (DuplicateItemException e)
        {
            // Created by someone else between our look and our write: theirs is the one.
            return (await FindAsync(store, list, keyColumn, key, cancellationToken) ?? throw NotFound(list, keyColumn, key, e), false);
        }
    }

    /// <summary>The duplicate was on another unique column than the key: nothing to find, the refusal stands.</summary>
    private static DuplicateItemException NotFound(string list, string keyColumn, object key, DuplicateItemException refusal) =>
        new($"{list} refused the item as a duplicate, but no item has {keyColumn} = {key}.", refusal);

    private static async Task<int?> FindAsync(IListStore store, string list, string keyColumn, object key, CancellationToken cancellationToken) =>
        await store.QueryAsync(list, ListQuery.WhereEquals(keyColumn, key), cancellationToken) is { Count: > 0 } found ? found[0].Id : null;
}
