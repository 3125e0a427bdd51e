using PartnershipTeams.Application;
using PartnershipTeams.Bot;
using PartnershipTeams.Functions.Functions;
using PartnershipTeams.Functions.Health;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Functions.Telemetry;
using PartnershipTeams.Lists;
using PartnershipTeams.Reports;
using PartnershipTeams.State;

namespace PartnershipTeams.Functions;

/// <summary>
/// The product, composed once for both entry points (the Functions host's worker and the app alone): every project's
/// registration, the timers as the [Function]s declare them, health and telemetry. Only the hosting around it differs.
/// </summary>
public static class FunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipProduct(this IServiceCollection services, IConfiguration configuration, HostingMode hosting)
    {
        services.AddSingleton(hosting);
        services.AddPartnershipLists(configuration);
        services.AddPartnershipState(configuration);
        services.AddPartnershipApplication();
        services.AddPartnershipBot(configuration);
        services.AddPartnershipReports();
        services.AddPartnershipTelemetry(configuration, hosting.UnderFunctionsHost);
        services.AddPartnershipHealthChecks();
        services.AddSingleton(TimerFunction.Declared(configuration, schedulesRequired: !hosting.UnderFunctionsHost));
        services.AddSingleton<SchedulerStatus>();
        services.AddSingleton<PartnershipTeams.Application.Reminders.ILocalReviewAddress, LocalReviewAddress>();
        if (!hosting.UnderFunctionsHost && string.IsNullOrWhiteSpace(configuration["SharePoint:SiteUrl"]))
        {
            // Standalone on the embedded store: a search result links to the item's page in this app's register browser.
            services.AddSingleton<PartnershipTeams.Core.Lists.IItemAddress, LocalItemAddress>();
        }

        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateOnStart();
        return services;
    }

    /// <summary>Standalone, the app keeps what the Functions host keeps otherwise: the timers' schedule and the queue trigger.</summary>
    public static IServiceCollection AddStandaloneTriggers(this IServiceCollection services)
    {
        services.AddHostedService<StandaloneScheduler>();
        services.AddHostedService<QueuedSubmissionConsumer>();
        return services;
    }
}
