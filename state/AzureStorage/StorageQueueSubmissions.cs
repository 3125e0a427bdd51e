using Azure;
using Azure.Storage.Queues;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.State.AzureStorage;

/// <summary>
/// The submission queue in Azure Storage. Messages are base64 text, as the Functions host's queue trigger reads
/// them by default. Under the host, the host consumes it (retries, then "{queue}-poison" after five deliveries);
/// standalone the app receives from it here, with the same rules: a message delivered five times and failed again
/// goes to the poison queue.
/// </summary>
public sealed class StorageQueueSubmissions(QueueClient queue, QueueClient poison, TimeProvider time, TimeSpan? retryAfter = null) : ISubmissionQueueWriter, IQueuedSubmissionSource
{
    /// <summary>As the Functions host's default maxDequeueCount.</summary>
    public const int MaxDequeueCount = 5;

    private static readonly TimeSpan Invisible = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Call(() => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        await Call(() => poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
    }

    public Task EnqueueAsync(string submissionId, CancellationToken cancellationToken) =>
        Call(() => queue.SendMessageAsync(submissionId, cancellationToken));

    public async Task<QueuedSubmission> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var received = await Call(() => queue.ReceiveMessagesAsync(maxMessages: 1, visibilityTimeout: Invisible, cancellationToken));
            if (received.Value.FirstOrDefault() is { } message)
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
                            await Call(() => queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: retryAfter ?? TimeSpan.FromSeconds(30), cancellationToken: ct));
                        }
                    });
            }

            await Task.Delay(IdlePoll, time, cancellationToken);
        }
    }

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
