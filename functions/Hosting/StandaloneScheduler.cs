using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Jobs;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Without the Functions host (on a laptop), runs each timer function on the schedule its [TimerTrigger] names,
/// in UTC like the host, one run at a time.
/// </summary>
public sealed partial class StandaloneScheduler(
    TimerJobRunner runner,
    IReadOnlyList<TimerFunction> timers,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<StandaloneScheduler> logger,
    SchedulerStatus? status = null) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.Enabled
        ? Task.WhenAll(timers.Where(t => runner.Knows(t.Name)).Select(t => RunOnScheduleAsync(t, stoppingToken)))
        : Task.CompletedTask;

    private async Task RunOnScheduleAsync(TimerFunction timer, CancellationToken stoppingToken)
    {
        var schedule = new TimerSchedule(timer.Schedule);
        LogScheduled(logger, timer.Name, timer.Schedule);
        status?.TimerRunning(timer.Name);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                if (schedule.NextAfter(now) is not { } next)
                {
                    return;
                }

                await Task.Delay(next - now, time, stoppingToken);
                try
                {
                    await runner.RunAsync(timer.Name, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed run is logged and the next one comes on schedule; the job itself keeps what it did.
                    LogFailed(logger, timer.Name, e);
                }
            }
        }
        finally
        {
            // Stopping, or a schedule with no next time: either way this timer no longer runs, and /health says so.
            status?.TimerStopped(timer.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Standalone timer {Job} on schedule {Schedule} (UTC)")]
    private static partial void LogScheduled(ILogger logger, string job, string schedule);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer job {Job} failed")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
