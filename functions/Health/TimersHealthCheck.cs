using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Health;

/// <summary>
/// The timers run where they should: every timer job has a timer function (else it never runs, under the host
/// or standalone); standalone, the app's scheduler keeps each of them on schedule; under the Functions host, the host
/// runs them and the app does not. Switched off (Scheduler:Enabled false), nothing runs on its own: degraded.
/// </summary>
public sealed class TimersHealthCheck(
    IReadOnlyList<TimerFunction> timers,
    TimerJobRunner runner,
    SchedulerStatus scheduler,
    IOptions<SchedulerOptions> schedulerOptions,
    HostingMode hosting) : IHealthCheck
{
    public const string Name = "timers";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var placement = TimerPlacements.Of(hosting, schedulerOptions.Value);
        var running = scheduler.Running;
        var unscheduled = runner.Names.Where(job => !timers.Any(t => Same(t.Name, job))).Order(StringComparer.Ordinal).ToList();
        var notRunning = timers.Where(t => runner.Knows(t.Name) && !running.Any(r => Same(r, t.Name))).Select(t => t.Name).ToList();
        var data = new Dictionary<string, object>
        {
            ["placement"] = placement.ToString(),
            ["schedules"] = timers.ToDictionary(t => t.Name, t => t.Schedule),
            ["running"] = running,
        };

        var result = placement switch
        {
            _ when unscheduled.Count > 0 => HealthCheckResult.Unhealthy(
                $"No timer function schedules {string.Join(", ", unscheduled)}: never run.", data: data),
            TimerPlacement.FunctionsHost when running.Count > 0 => HealthCheckResult.Unhealthy("The app runs timers itself although the Functions host runs them.", data: data),
            TimerPlacement.FunctionsHost => HealthCheckResult.Healthy("The Functions host runs the timers.", data),
            TimerPlacement.Off => HealthCheckResult.Degraded($"{SchedulerOptions.Section}:{nameof(SchedulerOptions.Enabled)} is false: no timer runs on its own (POST /<timer> from this machine runs one).", data: data),
            _ when notRunning.Count > 0 => HealthCheckResult.Unhealthy($"The app's scheduler does not run {string.Join(", ", notRunning)}.", data: data),
            _ => HealthCheckResult.Healthy($"The app's scheduler runs {string.Join(", ", running)}.", data),
        };
        return Task.FromResult(result);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
