using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Web.Reports;

namespace PartnershipTeams.Functions.Functions;

/// <summary>The function "reports": GET /api/reports/review behind the host's function key (authLevel function).</summary>
public static class ReviewReportFunction
{
    [Function("reports")]
    public static Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewReportEndpoints.HostRoute)] HttpRequest request) =>
        ReviewReportEndpoints.HandleAsync(request);
}
