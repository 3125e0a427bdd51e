using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions;

/// <summary>Registers the hosting: the timer functions' schedules from function.json, and standalone scheduling and queue consumption.</summary>
public static class FunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipFunctions(this IServiceCollection services, IConfiguration configuration, string appRoot)
    {
        var timers = FunctionDefinitions.LoadTimers(appRoot);
        services.AddSingleton(timers);
        services.AddSingleton<SchedulerStatus>();
        services.AddSingleton<PartnershipTeams.Application.Reminders.ILocalReviewAddress, LocalReviewAddress>();

        // Under the Functions host the host owns the schedule and the queue trigger; standalone we keep both ourselves.
        var underFunctionsHost = FunctionsHostPort.IsUnderFunctionsHost(configuration);
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateOnStart();
        if (!underFunctionsHost)
        {
            services.AddHostedService<StandaloneScheduler>();
            services.AddHostedService<QueuedSubmissionConsumer>();
        }

        return services;
    }
}
