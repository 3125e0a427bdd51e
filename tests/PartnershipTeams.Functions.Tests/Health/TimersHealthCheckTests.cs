using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Functions.Health;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Tests.Health;

/// <summary>The timers check decides from where the timers should run and what the scheduler reports running.</summary>
public sealed class TimersHealthCheckTests
{
    private static readonly TimerFunction[] Timers = [new("reminders", "0 30 5,6 * * *"), new("sync", "0 */5 * * * *")];

    [Fact]
    public async Task StandaloneWithATimerWhoseLoopEnded_IsUnhealthyAndNamesIt()
    {
        var status = new SchedulerStatus();
        status.TimerRunning("sync");
        status.TimerRunning("reminders");
        status.TimerStopped("reminders");

        var result = await CheckAsync(Timers, status);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("reminders", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandaloneWithEveryTimerRunning_IsHealthy()
    {
        var status = new SchedulerStatus();
        status.TimerRunning("sync");
        status.TimerRunning("reminders");

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(Timers, status)).Status);
    }

    [Fact]
    public async Task AJobWithoutASchedule_IsUnhealthyWhereverItRuns()
    {
        var result = await CheckAsync([Timers[1]], new SchedulerStatus(), underFunctionsHost: true);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("reminders", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderTheFunctionsHostTheAppRunningTimersItself_IsUnhealthy()
    {
        var status = new SchedulerStatus();
        status.TimerRunning("sync");

        var result = await CheckAsync(Timers, status, underFunctionsHost: true);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    private static Task<HealthCheckResult> CheckAsync(TimerFunction[] timers, SchedulerStatus status, bool underFunctionsHost = false)
    {
        var runner = new TimerJobRunner([new NamedJob("sync"), new NamedJob("reminders")], NullLogger<TimerJobRunner>.Instance);
        return new TimersHealthCheck(timers, runner, status, Options.Create(new SchedulerOptions()), new HostingMode(underFunctionsHost)).CheckHealthAsync(new HealthCheckContext());
    }

    private sealed class NamedJob(string name) : ITimerJob
    {
        public string Name => name;

        public Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);
    }
}
