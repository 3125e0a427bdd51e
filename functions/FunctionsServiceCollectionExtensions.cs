using Microsoft.Extensions.Options;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Functions.Notifications;
using PartnershipTeams.Functions.Reminders;
using PartnershipTeams.Functions.Sync;

namespace PartnershipTeams.Functions;

/// <summary>Registers the timer functions (sync, reminders), their schedules from function.json, and standalone scheduling.</summary>
public static class FunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipFunctions(this IServiceCollection services, IConfiguration configuration, string appRoot)
    {
        var timers = FunctionDefinitions.LoadTimers(appRoot);
        services.AddSingleton(timers);
        services.AddSingleton<TimerJobRunner>();
        services.AddSingleton<SchedulerStatus>();
        services.AddSingleton<SyncState>();
        services.AddSingleton<SubmissionWriter>();
        services.AddSingleton<SubmissionProcessor>();
        services.AddSingleton<PendingSubmissions>();
        services.AddSingleton<DerivedFieldsReconciler>();
        services.AddSingleton<ITimerJob, SyncJob>();
        services.AddSingleton<DeadlineSource>();
        services.AddSingleton<ReminderLedger>();
        services.AddSingleton<ReviewDraftLink>();
        services.AddSingleton<ReminderDelivery>();
        services.AddSingleton<WeeklyDigest>();
        services.AddSingleton<IDigestSource, DigestSource>();
        services.AddSingleton<ReminderJob>();
        services.AddSingleton<ITimerJob>(sp => sp.GetRequiredService<ReminderJob>());
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        services.AddSingleton<SyncTrigger>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncTrigger>());
        services.AddSingleton<ITimerJob, SubscriptionKeeper>();

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
