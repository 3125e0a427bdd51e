using System.Threading.Channels;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.State.InProcess;

/// <summary>
/// The submission queue on a laptop (no Azure Storage): an in-memory channel the app consumes itself. What it
/// holds when the app stops is not lost: the submissions are in the log, and the sync timer queues again every
/// one not yet written. Delivery counts come from the log's attempts (reported here as 0: unknown).
/// </summary>
public sealed class InProcessSubmissions : ISubmissionQueueWriter, IQueuedSubmissionSource
{
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });

    public Task EnqueueAsync(string submissionId, CancellationToken cancellationToken) => channel.Writer.WriteAsync(submissionId, cancellationToken).AsTask();

    public async Task<QueuedSubmission> ReceiveAsync(CancellationToken cancellationToken)
    {
        var id = await channel.Reader.ReadAsync(cancellationToken);
        return new QueuedSubmission(id, DequeueCount: 0, _ => Task.CompletedTask, _ => Task.CompletedTask);
    }
}
