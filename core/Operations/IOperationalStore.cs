using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Core.Operations;

/// <summary>
/// The app's own bookkeeping, apart from the register: accepted submissions, the reminders ledger, conversation
/// references and sync state, as small tables of entries with text values. Kept in Azure Tables in Azure (the
/// Function App's storage account) and in an embedded SQLite file on a laptop; both pass the same contract tests.
/// Errors are <see cref="Lists.Errors.ConcurrencyConflictException"/> (stale ETag), <see cref="Lists.Errors.ItemNotFoundException"/>
/// and <see cref="Lists.Errors.ListStoreUnavailableException"/>.
/// </summary>
public interface IOperationalStore
{
    /// <summary>Creates the tables if missing; idempotent.</summary>
    Task EnsureCreatedAsync(CancellationToken cancellationToken);

    Task<StateEntry?> GetAsync(StateTable table, string key, CancellationToken cancellationToken);

    /// <summary>Adds the entry; null when one with this key exists already (nothing is written). Atomic.</summary>
    Task<StateEntry?> TryAddAsync(StateTable table, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken);

    /// <summary>Sets the given values (others stay) if the entry's ETag still equals <paramref name="ifMatch"/> ("*" for any).</summary>
    Task<StateEntry> UpdateAsync(StateTable table, string key, IReadOnlyDictionary<string, string?> values, string ifMatch, CancellationToken cancellationToken);

    /// <summary>
    /// Sets <paramref name="changes"/> on the entry as it was read (its other values stay as read) if it has not changed
    /// since; else a <see cref="Lists.Errors.ConcurrencyConflictException"/>. For a caller that has just read the entry
    /// to decide: a store that replaces whole entries need not read it again.
    /// </summary>
    Task<StateEntry> UpdateAsync(StateTable table, StateEntry asRead, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken) =>
        UpdateAsync(table, asRead.Key, changes, asRead.ETag, cancellationToken);

    /// <summary>Adds the entry, or sets the given values on the one there whatever it holds (the last writer wins).</summary>
    async Task SetAsync(StateTable table, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        if (await TryAddAsync(table, key, values, cancellationToken) is null)
        {
            await UpdateAsync(table, key, values, "*", cancellationToken);
        }
    }

    /// <summary>Entries whose <paramref name="name"/> equals <paramref name="value"/> exactly, in key order.</summary>
    Task<IReadOnlyList<StateEntry>> QueryAsync(StateTable table, string name, string value, CancellationToken cancellationToken);

    Task DeleteAsync(StateTable table, string key, string ifMatch, CancellationToken cancellationToken);

    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
