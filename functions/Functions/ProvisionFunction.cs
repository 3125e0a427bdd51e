using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Functions;

/// <summary>The function "provision": POST /api/admin/provision behind the host's master key (authLevel admin).</summary>
public static class ProvisionFunction
{
    [Function("provision")]
    public static Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Admin, "post", Route = ProvisioningEndpoint.Route)] HttpRequest request) =>
        ProvisioningEndpoint.HandleAsync(request.HttpContext);
}
