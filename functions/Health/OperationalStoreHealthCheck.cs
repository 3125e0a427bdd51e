using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Functions.Health;

/// <summary>The operational state (submissions log, reminders ledger, conversation references, sync state) answers.</summary>
public sealed class OperationalStoreHealthCheck(IOperationalStore store) : IHealthCheck
{
    public const string Name = "operational-store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        return health.Reachable
            ? HealthCheckResult.Healthy($"The {health.Kind} operational store answers.", StoreData.Of(health))
            : HealthCheckResult.Unhealthy($"The {health.Kind} operational store cannot be reached: {health.Problem}", data: StoreData.Of(health));
    }
}
