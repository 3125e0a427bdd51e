using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists;

namespace PartnershipTeams.Functions.Health;

/// <summary>The register: its store answers, and its lists are provisioned (after a start while it was down, the next timer run provisions them).</summary>
public sealed class ListStoreHealthCheck(IListStore store, ListStoreInitializer initializer) : IHealthCheck
{
    public const string Name = "list-store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        var data = StoreData.Of(health, ("provisioned", initializer.IsReady));
        return (health.Reachable, initializer.IsReady) switch
        {
            (false, _) => HealthCheckResult.Unhealthy($"The {health.Kind} list store cannot be reached: {health.Problem}", data: data),
            (true, false) => HealthCheckResult.Unhealthy($"The {health.Kind} list store answers but its lists are not provisioned yet; the next sync run provisions them.", data: data),
            _ => HealthCheckResult.Healthy($"The {health.Kind} list store answers and its lists are provisioned.", data),
        };
    }
}
