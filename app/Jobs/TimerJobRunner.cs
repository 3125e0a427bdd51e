using System.Collections.Concurrent;
using System.Diagnostics;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Application.Jobs;

/// <summary>Runs timer jobs by name, one run at a time per job: a run that finds the previous one still going is skipped.</summary>
public sealed partial class TimerJobRunner(IEnumerable<ITimerJob> jobs, ILogger<TimerJobRunner> logger)
{
    private readonly Dictionary<string, ITimerJob> byName = jobs.ToDictionary(j => j.Name, StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> running = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Names => byName.Keys;

    public bool Knows(string name) => byName.ContainsKey(name);

    /// <summary>Whether the job can run as of another moment (<see cref="IRunsAsOf"/>).</summary>
    public bool RunsAsOf(string name) => byName.TryGetValue(name, out var job) && job is IRunsAsOf;

    /// <summary>The run's log lines, or null when the job was already running.</summary>
    public Task<IReadOnlyList<string>?> RunAsync(string name, CancellationToken cancellationToken) => RunAsync(name, asOf: null, cancellationToken);

    /// <summary>
    /// The run's log lines, or null when the job was already running. With <paramref name="asOf"/> the job runs as if it
    /// were that moment (only a job that <see cref="RunsAsOf"/>; the caller decides who may ask for it).
    /// </summary>
    public async Task<IReadOnlyList<string>?> RunAsync(string name, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var job = byName[name];
        using var span = PartnershipTelemetry.StartJob(job.Name);
        var clock = Stopwatch.StartNew();
        if (!running.TryAdd(job.Name, 0))
        {
            LogSkipped(logger, job.Name);
            Record(span, job.Name, "skipped", clock.Elapsed);
            return null;
        }

        var outcome = "failed";
        try
        {
            var lines = asOf is { } instant
                ? await (job as IRunsAsOf ?? throw new InvalidOperationException($"{job.Name} cannot run as of another moment.")).RunAsOfAsync(instant, cancellationToken)
                : await job.RunAsync(cancellationToken);
            foreach (var line in lines)
            {
                LogLine(logger, job.Name, line);
            }

            outcome = "completed";
            return lines;
        }
        catch (Exception e)
        {
            span.Fail(e.GetType().Name);
            throw;
        }
        finally
        {
            running.TryRemove(job.Name, out _);
            Record(span, job.Name, outcome, clock.Elapsed);
        }
    }

    private static void Record(Activity? span, string job, string outcome, TimeSpan duration)
    {
        span?.SetTag(TelemetryAttributes.JobOutcome, outcome);
        PartnershipMetrics.JobRan(job, outcome, duration);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Line}")]
    private static partial void LogLine(ILogger logger, string job, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} is still running; this run is skipped")]
    private static partial void LogSkipped(ILogger logger, string job);
}
