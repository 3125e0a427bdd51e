using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Sync;

/// <summary>The sync's saved places (delta tokens, subscriptions), in the operational state so every instance shares them.</summary>
public sealed class SyncState(IOperationalStore store)
{
    private const string Value = "Value";

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        (await store.GetAsync(StateTable.SyncState, key, cancellationToken))?[Value];

    public Task SetAsync(string key, string value, CancellationToken cancellationToken) =>
        store.SetAsync(StateTable.SyncState, key, new Dictionary<string, string?> { [Value] = value }, cancellationToken);
}
