using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Tests.Hosting;

public sealed class StandaloneSchedulerTests
{
    /// <summary>A job that counts its runs and can be held running until released.</summary>
    private sealed class CountingJob(string name) : ITimerJob
    {
        private int runs;

        public string Name => name;

        public int Runs => runs;

        public TaskCompletionSource Release { get; set; } = CompletedSource();

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
        {
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
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
        var job = new CountingJob("reminders");
        var runner = new TimerJobRunner([job], NullLogger<TimerJobRunner>.Instance);
        using var scheduler = new StandaloneScheduler(runner, [new TimerFunction("reminders", "0 30 6 * * *")], clock, NullLogger<StandaloneScheduler>.Instance);
        await scheduler.StartAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(29));
        await Task.Delay(50);
        Assert.Equal(0, job.Runs);
        clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() => job.Runs == 1);
        clock.Advance(TimeSpan.FromHours(24));
        await WaitUntilAsync(() => job.Runs == 2);

        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Runner_WhileAJobRuns_SkipsASecondRunOfIt()
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
