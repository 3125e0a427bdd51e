using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Reports;

namespace PartnershipTeams.Reports;

/// <summary>Registers the review report generator behind its port.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipReports(this IServiceCollection services) =>
        services.AddSingleton<IReviewReports, ReviewReportGenerator>();
}
