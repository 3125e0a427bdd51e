using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Functions.Health;

/// <summary>GET /health: 200 when the list store answers, 503 when it does not; the body says which store.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (IListStore store, CancellationToken cancellationToken) =>
        {
            var health = await store.CheckHealthAsync(cancellationToken);
            var body = new HealthReport(health.Reachable ? "Healthy" : "Unhealthy", health);
            return Results.Json(body, statusCode: health.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private sealed record HealthReport(string Status, StoreHealth Store);
}
