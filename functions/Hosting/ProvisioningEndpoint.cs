using PartnershipTeams.Lists;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// POST /api/admin/provision: provisions every list again (idempotent) and seeds what the settings ask. In Azure the
/// function "provision" has authLevel admin (the host's master key); standalone it answers on loopback only.
/// </summary>
public static class ProvisioningEndpoint
{
    public const string Route = "api/admin/provision";

    public static IEndpointRouteBuilder MapProvisioning(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/" + Route, (Delegate)HandleAsync).LocalCallersOnly();
        return endpoints;
    }

    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        var ok = await context.RequestServices.GetRequiredService<ListStoreInitializer>().ProvisionAsync(context.RequestAborted);
        return ok ? Results.Ok(new { provisioned = true }) : Results.Problem("The list store could not be reached.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
