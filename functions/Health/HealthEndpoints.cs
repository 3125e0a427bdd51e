using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PartnershipTeams.Functions.Health;

/// <summary>
/// GET /health, liveness: the process serves and its timers run where they should. GET /health/ready, readiness: also
/// the register's store answers and is provisioned, and the operational store answers. 200 when Healthy or Degraded,
/// 503 when Unhealthy (ASP.NET Core's default mapping), with the report as JSON.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "live";
    public const string Ready = "ready";

    public static IServiceCollection AddPartnershipHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<TimersHealthCheck>(TimersHealthCheck.Name, tags: [Live, Ready])
            .AddCheck<ListStoreHealthCheck>(ListStoreHealthCheck.Name, tags: [Ready])
            .AddCheck<OperationalStoreHealthCheck>(OperationalStoreHealthCheck.Name, tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", Options(Live));
        endpoints.MapHealthChecks("/health/ready", Options(Ready));
        return endpoints;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = HealthReportJson.WriteAsync,
    };
}
