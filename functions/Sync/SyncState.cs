using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Functions.Sync;

/// <summary>The sync's saved places (delta tokens), kept in the SyncState list so every instance shares them.</summary>
public sealed class SyncState(IListStore store, TimeProvider time)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var found = await store.QueryAsync(SyncStateList.Name, ListQuery.WhereEquals(SyncStateList.Key, key), cancellationToken);
        return found.Count > 0 ? found[0].Text(SyncStateList.Value) : null;
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, object?>
        {
            [SyncStateList.Title] = key,
            [SyncStateList.Key] = key,
            [SyncStateList.Value] = value,
            [SyncStateList.UpdatedAt] = time.GetUtcNow(),
        };
        var found = await store.QueryAsync(SyncStateList.Name, ListQuery.WhereEquals(SyncStateList.Key, key), cancellationToken);
        if (found.Count > 0)
        {
            await store.UpdateAsync(SyncStateList.Name, found[0].Id, fields, "*", cancellationToken);
            return;
        }

        try
        {
            await store.CreateAsync(SyncStateList.Name, fields, cancellationToken);
        }
        catch (DuplicateItemException)
        {
            var again = await store.QueryAsync(SyncStateList.Name, ListQuery.WhereEquals(SyncStateList.Key, key), cancellationToken);
            await store.UpdateAsync(SyncStateList.Name, again[0].Id, fields, "*", cancellationToken);
        }
    }
}
