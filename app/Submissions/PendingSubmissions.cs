using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// The sync timer's safety net: every submission recorded but not yet written, and not just now received (its
/// message is still on its way), is put on the queue again. A message lost, or one the host set aside while the
/// register was down, so still reaches the register.
/// </summary>
public sealed class PendingSubmissions(SubmissionLog log, ISubmissionQueueWriter queue, TimeProvider time)
{
    /// <summary>How long a submission may wait for its first message before the safety net queues it again.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public async Task<(int Queued, int Poison)> RequeueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stale = (await log.WithStatusAsync(SubmissionStatus.Pending, cancellationToken)).Where(s => now - s.ReceivedAt >= Grace).ToList();
        foreach (var submission in stale)
        {
            await queue.EnqueueAsync(submission.Id, cancellationToken);
        }

        return (stale.Count, (await log.WithStatusAsync(SubmissionStatus.Poison, cancellationToken)).Count);
    }
}
