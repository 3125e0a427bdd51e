namespace PartnershipTeams.Core.Operations;

/// <summary>Where the app takes queued submissions from when it consumes the queue itself (no Functions host).</summary>
public interface IQueuedSubmissionSource
{
    /// <summary>The next message; waits until one comes.</summary>
    Task<QueuedSubmission> ReceiveAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A message taken from the queue: which submission, how often it was delivered (1 the first time), and how to
/// settle it: <see cref="CompleteAsync"/> removes it, <see cref="AbandonAsync"/> lets it come back later.
/// </summary>
public sealed record QueuedSubmission(string SubmissionId, int DequeueCount, Func<CancellationToken, Task> CompleteAsync, Func<CancellationToken, Task> AbandonAsync);
