using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Application.Register;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Application.Retention;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Submissions.Writers;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application;

/// <summary>
/// Registers the application, feature by feature: submissions, sync, reminders, the digest and retention, with the jobs
/// the timers run. The host adds the adapters of the ports (register, operational state, queue, Teams).
/// </summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TimerJobRunner>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<Coordinators>();
        services.AddSingleton<Search.RegisterIndex>();
        services.AddSingleton<Search.RegisterSearch>();
        services.TryAddSingleton<IItemAddress, NoItemAddress>();

        services.AddSingleton<SubmissionLog>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<VisitChangeWriter>();
        services.AddSubmissionWriter<VisitReportWriter>();
        services.AddSubmissionWriter<GoalUpdateWriter>();
        services.AddSubmissionWriter<VisitCorrectionWriter>();
        services.AddSubmissionWriter<VisitWithdrawalWriter>();
        foreach (var type in SubmissionTypes.All.Where(t => t.IsNewItem))
        {
            services.AddSingleton<ISubmissionWriter>(sp => new NewItemWriter(type, sp.GetRequiredService<IListStore>()));
        }

        services.AddSingleton<SubmissionProcessor>();
        services.AddSingleton<PendingSubmissions>();

        services.AddSingleton<SyncState>();
        services.AddSingleton<DerivedFieldsReconciler>();
        services.AddSingleton<ITimerJob, SyncJob>();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        services.AddSingleton<SyncTrigger>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncTrigger>());
        services.AddSingleton<ITimerJob, SubscriptionKeeper>();

        services.AddSingleton<ResponsiblePeople>();
        services.AddSingleton<RemindedItems>();
        services.AddSingleton<DeadlineSource>();
        services.AddSingleton<ReminderLedger>();
        services.TryAddSingleton<ILocalReviewAddress, NoLocalReviewAddress>();
        services.AddSingleton<ReviewDraftLink>();
        services.AddSingleton<ReminderDelivery>();
        services.AddSingleton<ReminderJob>();
        services.AddSingleton<ITimerJob>(sp => sp.GetRequiredService<ReminderJob>());

        services.AddSingleton<DigestSource>();
        services.AddSingleton<WeeklyDigest>();

        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<RegisterRetention>();
        services.AddSingleton<ITimerJob, RetentionJob>();
        return services;
    }

    /// <summary>A writer of one kind of submission, found by the processor through <see cref="ISubmissionWriter"/> and by tests through its own type.</summary>
    public static IServiceCollection AddSubmissionWriter<TWriter>(this IServiceCollection services)
        where TWriter : class, ISubmissionWriter
    {
        services.AddSingleton<TWriter>();
        services.AddSingleton<ISubmissionWriter>(sp => sp.GetRequiredService<TWriter>());
        return services;
    }
}
