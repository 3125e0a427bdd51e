using Microsoft.Extensions.Logging;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// Accepts a submission: records it under its submission id (a second submit of the same card finds the first,
/// and is answered with what was stored then) and puts it on the queue to the register. The acknowledgement waits
/// on the operational state only, never on SharePoint.
/// </summary>
public sealed partial class SubmissionIntake(SubmissionLog log, ISubmissionQueueWriter queue, TimeProvider time, ILogger<SubmissionIntake> logger)
{
    /// <summary>Whether a submission with this id was accepted already (a retried or double-clicked submit).</summary>
    public async Task<bool> IsKnownAsync(string submissionId, CancellationToken cancellationToken) =>
        await log.FindAsync(submissionId, cancellationToken) is not null;

    /// <summary>
    /// Accepts a submission of a kind once, as eShop's IdentifiedCommandHandler accepts a command: a second submit under the
    /// same id is answered with what was stored first (so a confirmation shows what the register gets). Null when the id
    /// belongs to a submission of another kind: a forged or mixed-up card, which stores nothing.
    /// </summary>
    public async Task<Accepted<T>?> AcceptOnceAsync<T>(SubmissionType<T> type, string submissionId, string title, string reportedBy, T payload, CancellationToken cancellationToken)
        where T : class
    {
        var serialized = type.Serialize(payload);
        var stored = await AcceptAsync(type.Kind, submissionId, title, reportedBy, serialized, cancellationToken);
        if (stored.Kind != type.Kind)
        {
            return null;
        }

        return new Accepted<T>(stored.Payload == serialized ? payload : type.PayloadOf(stored), stored);
    }

    /// <summary>The submission as stored: this one, or the one stored first under the same id.</summary>
    public async Task<AcceptedSubmission> AcceptAsync(SubmissionKind kind, string submissionId, string title, string reportedBy, string payload, CancellationToken cancellationToken)
    {
        var submission = new AcceptedSubmission(submissionId, kind, StorableText.Fit(title), StorableText.Fit(reportedBy), payload, time.GetUtcNow());
        var (stored, added) = await log.AcceptAsync(submission, cancellationToken);
        if (added)
        {
            PartnershipMetrics.SubmissionAccepted(kind);
        }

        if (stored.Status == SubmissionStatus.Pending)
        {
            try
            {
                await queue.EnqueueAsync(stored.Id, cancellationToken);
            }
            catch (ListStoreUnavailableException e)
            {
                // It is recorded, so it is not lost: the sync timer queues every submission not yet written.
                LogNotQueued(logger, stored.Id, e);
            }
        }

        return stored;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} is recorded but could not be queued; the sync timer will queue it")]
    private static partial void LogNotQueued(ILogger logger, string submissionId, Exception exception);
}
