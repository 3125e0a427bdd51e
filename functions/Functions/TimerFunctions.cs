using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Application.Jobs;

namespace PartnershipTeams.Functions.Functions;

/// <summary>
/// The timer functions, each a job of the application run once at a time (<see cref="TimerJobRunner"/>). Schedules are
/// app settings (%…%): the Functions host resolves them from the app's settings, in UTC (Flex Consumption has no time
/// zone setting), and the standalone scheduler reads the same keys (appsettings.json holds the defaults). Flat names:
/// the host is reported to misread nested ones in trigger expressions (Azure/azure-functions-host#8649).
/// </summary>
public sealed class TimerFunctions(TimerJobRunner runner)
{
    public const string Sync = "sync";
    public const string Reminders = "reminders";
    public const string Retention = "retention";
    public const string Subscriptions = "subscriptions";

    /// <summary>Every 5 minutes: queue again what is recorded but not written, then derived fields from delta changes.</summary>
    [Function(Sync)]
    public Task SyncAsync([TimerTrigger("%SyncSchedule%")] TimerInfo timer, FunctionContext context) => RunAsync(Sync, context.CancellationToken);

    /// <summary>05:30 and 06:30 UTC: one of them is 07:30 in Stockholm, when the job sends (it lets the other pass).</summary>
    [Function(Reminders)]
    public Task RemindersAsync([TimerTrigger("%RemindersSchedule%")] TimerInfo timer, FunctionContext context) => RunAsync(Reminders, context.CancellationToken);

    [Function(Retention)]
    public Task RetentionAsync([TimerTrigger("%RetentionSchedule%")] TimerInfo timer, FunctionContext context) => RunAsync(Retention, context.CancellationToken);

    /// <summary>Keeps Graph's change subscriptions renewed; also at start, so a new instance subscribes at once.</summary>
    [Function(Subscriptions)]
    public Task SubscriptionsAsync([TimerTrigger("%SubscriptionsSchedule%", RunOnStartup = true)] TimerInfo timer, FunctionContext context) => RunAsync(Subscriptions, context.CancellationToken);

    private async Task RunAsync(string job, CancellationToken cancellationToken) => await runner.RunAsync(job, cancellationToken);
}
