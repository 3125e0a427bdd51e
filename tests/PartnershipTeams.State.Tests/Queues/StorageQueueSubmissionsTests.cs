using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.State.AzureStorage;
using PartnershipTeams.TestSupport.Azurite;

namespace PartnershipTeams.State.Tests.Queues;

/// <summary>The submission queue in Azure Storage (Azurite): messages as the Functions host reads them, redelivery, poison.</summary>
public sealed class StorageQueueSubmissionsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string name = "q" + Guid.NewGuid().ToString("N")[..12];
    private QueueClient queue = null!;
    private QueueClient poison = null!;
    private StorageQueueSubmissions submissions = null!;

    public async Task InitializeAsync()
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        queue = new QueueClient(azurite.Server.ConnectionString, name, options);
        poison = new QueueClient(azurite.Server.ConnectionString, name + "-poison", options);
        submissions = new StorageQueueSubmissions(queue, poison, TimeProvider.System, retryAfter: TimeSpan.Zero);
        await submissions.EnsureCreatedAsync(None);
    }

    public Task DisposeAsync()
    {
        submissions.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EnqueuedSubmission_IsReceivedOnceAndGoneWhenCompleted()
    {
        await submissions.EnqueueAsync("0123456789abcdef0123456789abcdef", None);

        var message = await submissions.ReceiveAsync(None);
        await message.CompleteAsync(None);

        Assert.Equal(("0123456789abcdef0123456789abcdef", 1), (message.SubmissionId, message.DequeueCount));
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Message_IsBase64AsTheFunctionsHostReadsIt()
    {
        await submissions.EnqueueAsync("abc", None);

        var raw = (await new QueueClient(azurite.Server.ConnectionString, name).PeekMessageAsync()).Value;

        Assert.Equal(Convert.ToBase64String("abc"u8.ToArray()), raw.Body.ToString());
    }

    [Fact]
    public async Task AbandonedMessage_ComesBackCountedAndTheFifthTimeGoesToThePoisonQueue()
    {
        await submissions.EnqueueAsync("s-1", None);

        var deliveries = new List<int>();
        for (var delivery = 1; delivery <= StorageQueueSubmissions.MaxDequeueCount; delivery++)
        {
            var message = await submissions.ReceiveAsync(None);
            deliveries.Add(message.DequeueCount);
            await message.AbandonAsync(None);
        }

        Assert.Equal([1, 2, 3, 4, 5], deliveries);
        Assert.Equal("s-1", (await poison.ReceiveMessageAsync()).Value.MessageText);
        Assert.Null((await queue.ReceiveMessageAsync()).Value);
    }

    [Fact]
    public async Task ThirtyTwoQueuedSubmissions_AreTakenOffTheQueueInTwoReceivesAsTheHostsBatchesOfSixteen()
    {
        var receives = new ReceiveCounter();
        using var counted = Counted(receives, TimeProvider.System);
        for (var n = 0; n < 32; n++)
        {
            await counted.EnqueueAsync($"s-{n}", None);
        }

        var ids = new List<string>();
        for (var n = 0; n < 32; n++)
        {
            var message = await counted.ReceiveAsync(None);
            ids.Add(message.SubmissionId);
            await message.CompleteAsync(None);
        }

        Assert.Equal(32, ids.Distinct().Count());
        Assert.Equal(2, receives.Count);
    }

    [Fact]
    public async Task AnEmptyQueue_IsPolledLessOftenTheLongerItStaysEmptyAndASubmissionQueuedHereIsTakenAtOnce()
    {
        var receives = new ReceiveCounter();
        var time = new WatchedTime();
        using var counted = Counted(receives, time);

        var waiting = counted.ReceiveAsync(None);
        await time.WaitForTimersAsync(1);
        time.Advance(StorageQueueSubmissions.FirstPoll);
        await time.WaitForTimersAsync(2);
        time.Advance(StorageQueueSubmissions.FirstPoll); // half the next wait: no receive yet
        await counted.EnqueueAsync("s-1", None);
        var message = await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("s-1", message.SubmissionId);
        Assert.Equal(3, receives.Count); // the two empty ones and the one woken by the submission, none in between
    }

    private StorageQueueSubmissions Counted(ReceiveCounter receives, TimeProvider time)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.AddPolicy(receives, HttpPipelinePosition.PerCall);
        return new StorageQueueSubmissions(new QueueClient(azurite.Server.ConnectionString, name, options), poison, time, retryAfter: TimeSpan.Zero);
    }

    /// <summary>Fake time that lets a test wait until the code under test has started its n-th wait.</summary>
    private sealed class WatchedTime : FakeTimeProvider
    {
        private readonly Counter timers = new();

        public Task WaitForTimersAsync(int n) => timers.WaitForAsync(n);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            timers.Increment();
            return timer;
        }
    }

    /// <summary>Counts the receives (GET …/messages) a queue client sends.</summary>
    private sealed class ReceiveCounter : HttpPipelineSynchronousPolicy
    {
        private readonly Counter receives = new();

        public int Count => receives.Count;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.EndsWith("/messages", StringComparison.Ordinal))
            {
                receives.Increment();
            }
        }
    }

    /// <summary>A count a test can wait on: done when it reaches n.</summary>
    private sealed class Counter
    {
        private readonly Lock gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
        private int count;

        public int Count
        {
            get
            {
                lock (gate)
                {
                    return count;
                }
            }
        }

        public Task WaitForAsync(int n)
        {
            lock (gate)
            {
                if (count >= n)
                {
                    return Task.CompletedTask;
                }

                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters.Add((n, reached));
                return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        public void Increment()
        {
            lock (gate)
            {
                count++;
                foreach (var waiter in waiters.Where(w => w.Count <= count).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Reached.TrySetResult();
                }
            }
        }
    }
}
