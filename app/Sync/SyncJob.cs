using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Application.Sync;

/// <summary>The sync function: queue again what is recorded but not written, then reconcile derived fields from the changes.</summary>
public sealed class SyncJob(PendingSubmissions pending, DerivedFieldsReconciler reconciler, IRegisterReadiness initializer) : ITimerJob
{
    public string Name => "sync";

    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var (queued, poison) = await pending.RequeueAsync(cancellationToken);
        PartnershipMetrics.SyncDid("requeued", queued);
        PartnershipMetrics.PoisonWaiting(poison);
        if (!await initializer.EnsureReadyAsync(cancellationToken))
        {
            return [$"the list store cannot be reached; derived fields wait for the next run (submissions queued again: {queued})"];
        }

        var reconciled = await reconciler.ReconcileAsync(cancellationToken);
        PartnershipMetrics.SyncDid("derived_updated", reconciled);
        return [$"submissions queued again: {queued} (kept aside as poison: {poison}); derived fields updated: {reconciled}"];
    }
}
