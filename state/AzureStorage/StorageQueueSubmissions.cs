using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.State.AzureStorage;

/// <summary>
/// The submission queue in Azure Storage. Messages are base64 text, as the Functions host's queue trigger reads
/// them by default. Under the host, the host consumes it (retries, then "{queue}-poison" after five deliveries);
/// standalone the app receives from it here, with the same rules: a message delivered five times and failed again
/// goes to the poison queue. As the host does, it takes messages in batches and polls an empty queue less often
/// the longer it stays empty (each receive is a billed transaction); a submission this instance queues wakes it at once.
/// </summary>
public sealed class StorageQueueSubmissions(QueueClient queue, QueueClient poison, TimeProvider time, TimeSpan? retryAfter = null) : ISubmissionQueueWriter, IQueuedSubmissionSource, IDisposable
{
    /// <summary>As the Functions host's default maxDequeueCount.</summary>
    public const int MaxDequeueCount = 5;

    /// <summary>As the Functions host's default batchSize: messages taken off the queue in one receive.</summary>
    public const int BatchSize = 16;

    /// <summary>The first wait after an empty receive; it doubles while the queue stays empty, up to <see cref="LongestPoll"/>.</summary>
    public static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Invisible = TimeSpan.FromMinutes(5);

    private readonly ConcurrentQueue<QueueMessage> received = new();
    private readonly SemaphoreSlim receiving = new(1, 1);
    private TaskCompletionSource queued = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan idlePoll = FirstPoll;

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Call(() => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        await Call(() => poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
    }

    public async Task EnqueueAsync(string submissionId, CancellationToken cancellationToken)
    {
        await Call(() => queue.SendMessageAsync(submissionId, cancellationToken));
        Interlocked.Exchange(ref queued, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public async Task<QueuedSubmission> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (received.TryDequeue(out var message))
            {
                return Submission(message);
            }

            await receiving.WaitAsync(cancellationToken);
            try
            {
                if (received.IsEmpty)
                {
                    await ReceiveBatchAsync(cancellationToken);
                }
            }
            finally
            {
                receiving.Release();
            }
        }
    }

    /// <summary>One receive of up to a batch; when the queue is empty, waits before the next (or until this instance queues one).</summary>
    private async Task ReceiveBatchAsync(CancellationToken cancellationToken)
    {
        var wakeUp = queued.Task;
        var batch = (await Call(() => queue.ReceiveMessagesAsync(maxMessages: BatchSize, visibilityTimeout: Invisible, cancellationToken))).Value;
        foreach (var message in batch)
        {
            received.Enqueue(message);
        }

        if (batch.Length > 0)
        {
            idlePoll = FirstPoll;
            return;
        }

        await Task.WhenAny(Task.Delay(idlePoll, time, cancellationToken), wakeUp).Unwrap();
        idlePoll = wakeUp.IsCompleted ? FirstPoll : TimeSpan.FromTicks(Math.Min(idlePoll.Ticks * 2, LongestPoll.Ticks));
    }

    private QueuedSubmission Submission(QueueMessage message)
    {
        var id = message.MessageText;
        return new QueuedSubmission(
            id,
            (int)message.DequeueCount,
            ct => Call(() => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct)),
            async ct =>
            {
                if (message.DequeueCount >= MaxDequeueCount)
                {
                    await Call(() => poison.SendMessageAsync(id, ct));
                    await Call(() => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct));
                }
                else
                {
                    // Back on the queue after a pause, as the host's visibilityTimeout does (host.json: 30 s).
                    var pause = retryAfter ?? TimeSpan.FromSeconds(30);
                    await Call(() => queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: pause, cancellationToken: ct));
                    idlePoll = FirstPoll;
                }
            });
    }

    public void Dispose() => receiving.Dispose();

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e)
        {
            throw new ListStoreUnavailableException($"The submission queue could not be used ({e.Status}): {e.ErrorCode}", e);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Azure.Identity.AuthenticationFailedException)
        {
            throw new ListStoreUnavailableException($"The submission queue could not be reached: {e.Message}", e);
        }
    }

    private static async Task Call(Func<Task> call) => await Call(async () =>
    {
        await call();
        return 0;
    });
}
