using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Tests.Hosting;

public sealed class StandaloneSchedulerTests
{
    /// <summary>A job that counts its runs and can be held running until released.</summary>
    private sealed class CountingJob(string name, TimeProvider? clock = null) : ITimerJob
    {
        private int runs;

        public string Name => name;

        /// <summary>The clock's time at each run.</summary>
        public System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset> RanAt { get; } = new();

        public int Runs => runs;

        public TaskCompletionSource Release { get; set; } = CompletedSource();

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
        {
            RanAt.Enqueue((clock ?? TimeProvider.System).GetUtcNow());
            Interlocked.Increment(ref runs);
            Started.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return [];
        }

        private static TaskCompletionSource CompletedSource()
        {
            var source = new TaskCompletionSource();
            source.SetResult();
            return source;
        }
    }

    /// <summary>A fake clock that tells when someone starts waiting on it (a timer is created), so a test advances it only then.</summary>
    private sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly SemaphoreSlim created = new(0);

        public int TimersCreated { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            TimersCreated++;
            created.Release();
            return timer;
        }

        public Task<bool> WaitForTimerAsync() => created.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    [Fact]
    public async Task Scheduler_RunsTheJobAtTheUtcTimeItsFunctionJsonSays()
    {
        var clock = new WatchedClock(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
        var job = new CountingJob("reminders", clock);
        var runner = new TimerJobRunner([job], NullLogger<TimerJobRunner>.Instance);
        using var scheduler = new StandaloneScheduler(runner, [new TimerFunction("reminders", "0 30 6 * * *")], Options.Create(new SchedulerOptions()), clock, NullLogger<StandaloneScheduler>.Instance);
        await scheduler.StartAsync(CancellationToken.None);

        // The clock moves only while the scheduler waits on it, so each run records the instant its timer fired.
        Assert.True(await clock.WaitForTimerAsync());
        clock.Advance(TimeSpan.FromMinutes(29));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await clock.WaitForTimerAsync());
        clock.Advance(TimeSpan.FromHours(24));
        await WaitUntilAsync(() => job.Runs == 2);

        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal([new DateTimeOffset(2026, 11, 24, 6, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero)], job.RanAt);
    }

    [Fact]
    public async Task SchedulerSwitchedOff_SchedulesNothing()
    {
        var clock = new WatchedClock(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
        var job = new CountingJob("reminders", clock);
        var runner = new TimerJobRunner([job], NullLogger<TimerJobRunner>.Instance);
        using var scheduler = new StandaloneScheduler(runner, [new TimerFunction("reminders", "0 30 6 * * *")], Options.Create(new SchedulerOptions { Enabled = false }), clock, NullLogger<StandaloneScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);

        // Switched off, the scheduler's work ends at once, having waited on no timer.
        await scheduler.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, clock.TimersCreated);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RunnerWhileAJobRuns_SkipsASecondRunOfIt()
    {
        var job = new CountingJob("sync") { Release = new TaskCompletionSource() };
        var runner = new TimerJobRunner([job], NullLogger<TimerJobRunner>.Instance);

        var first = runner.RunAsync("sync", CancellationToken.None);
        await job.Started.Task;
        var second = await runner.RunAsync("sync", CancellationToken.None);
        job.Release.SetResult();
        await first;

        Assert.Null(second);
        Assert.Equal(1, job.Runs);
    }
}
