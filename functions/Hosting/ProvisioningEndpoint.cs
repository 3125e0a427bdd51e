using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// POST /api/admin/provision: provisions every list again (idempotent) and seeds what the settings ask. In Azure
/// the function's authLevel "admin" puts it behind the host's master key; standalone it answers on loopback only.
/// </summary>
public static class ProvisioningEndpoint
{
    public static IEndpointRouteBuilder MapProvisioning(this IEndpointRouteBuilder endpoints)
    {
        var provision = endpoints.MapPost("/api/admin/provision", async (HttpContext context, ListStoreInitializer initializer) =>
        {
            var ok = await initializer.InitializeAsync(context.RequestAborted);
            return ok ? Results.Ok(new { provisioned = true }) : Results.Problem("The list store could not be reached.", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        if (!FunctionsHostPort.IsUnderFunctionsHost(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            provision.LocalCallersOnly();
        }

        return endpoints;
    }
}
