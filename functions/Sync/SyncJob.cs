using PartnershipTeams.Core.Lists;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Lists;

namespace PartnershipTeams.Functions.Sync;

/// <summary>The sync function: drain the outbox into the register, then reconcile derived fields from the changes.</summary>
public sealed class SyncJob(OutboxDrainer drainer, DerivedFieldsReconciler reconciler, ListStoreInitializer initializer) : ITimerJob
{
    public string Name => "sync";

    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        if (!await initializer.EnsureReadyAsync(cancellationToken))
        {
            return ["the list store cannot be reached; nothing synced (the outbox keeps everything for the next run)"];
        }

        var (written, failed, poisoned) = await drainer.DrainAsync(cancellationToken);
        var reconciled = await reconciler.ReconcileAsync(cancellationToken);
        return [$"outbox: {written} written, {failed} failed ({poisoned} set aside as poison); derived fields updated: {reconciled}"];
    }
}
