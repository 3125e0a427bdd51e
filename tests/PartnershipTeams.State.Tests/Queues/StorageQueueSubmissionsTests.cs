using Azure.Storage.Queues;
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

    public Task DisposeAsync() => Task.CompletedTask;

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
}
