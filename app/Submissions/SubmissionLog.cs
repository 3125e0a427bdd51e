using PartnershipTeams.Application.Retention;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// The submissions acknowledged in Teams, by submission id: accepted once (a retried or double-clicked submit
/// finds the first), then written to the register or, after every attempt failed, kept aside as poison. Every
/// status change is made on the entry as it is now, so one another instance finished stays finished.
/// </summary>
public sealed class SubmissionLog(IOperationalStore store)
{
    public const int MaxAttempts = 5;

    private const string Kind = "Kind";
    private const string Title = "Title";
    private const string ReportedBy = "ReportedBy";
    private const string Payload = "Payload";
    private const string ReceivedAt = "ReceivedAt";
    private const string Status = "Status";
    private const string Attempts = "Attempts";
    private const string LastError = "LastError";

    /// <summary>Records the submission; when its id is known already, the one stored first is returned instead.</summary>
    public async Task<(AcceptedSubmission Stored, bool Added)> AcceptAsync(AcceptedSubmission submission, CancellationToken cancellationToken)
    {
        var added = await store.TryAddAsync(StateTable.Submissions, submission.Id, ValuesOf(submission), cancellationToken);
        if (added is not null)
        {
            return (submission, true);
        }

        var existing = await FindAsync(submission.Id, cancellationToken);
        return (existing ?? submission, false);
    }

    public async Task<AcceptedSubmission?> FindAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(StateTable.Submissions, id, cancellationToken) is { } entry ? Of(entry) : null;

    /// <summary>Says the register holds it; false when it was no longer pending (another instance finished it).</summary>
    public Task<bool> MarkWrittenAsync(string id, CancellationToken cancellationToken) =>
        ChangePendingAsync(id, _ => new Dictionary<string, string?> { [Status] = nameof(SubmissionStatus.Written) }, cancellationToken);

    /// <summary>Counts a failed attempt; at <see cref="MaxAttempts"/> (or when told it was the last) it is kept aside as poison.</summary>
    public Task<bool> RecordFailureAsync(string id, string error, bool lastAttempt, CancellationToken cancellationToken) =>
        ChangePendingAsync(id, current =>
        {
            var attempts = current.Attempts + 1;
            return new Dictionary<string, string?>
            {
                [Attempts] = StateValues.Number(attempts),
                [LastError] = StorableText.Fit(error, 4000),
                [Status] = (lastAttempt || attempts >= MaxAttempts ? SubmissionStatus.Poison : SubmissionStatus.Pending).ToString(),
            };
        }, cancellationToken);

    public async Task<IReadOnlyList<AcceptedSubmission>> WithStatusAsync(SubmissionStatus status, CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync(StateTable.Submissions, Status, status.ToString(), cancellationToken)).Select(Of)];

    /// <summary>
    /// Removes the submissions the register has held since before <paramref name="cutoff"/> (their payload names people;
    /// the register keeps what they reported). Pending and poison ones stay: they are not in the register yet.
    /// </summary>
    public async Task<int> ForgetWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var written = await store.QueryAsync(StateTable.Submissions, Status, nameof(SubmissionStatus.Written), cancellationToken);
        return await StateRetention.DeleteAsync(store, StateTable.Submissions, written.Where(e => Of(e).ReceivedAt < cutoff), cancellationToken);
    }

    private async Task<bool> ChangePendingAsync(string id, Func<AcceptedSubmission, Dictionary<string, string?>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync(StateTable.Submissions, id, cancellationToken) is not { } entry || Of(entry).Status != SubmissionStatus.Pending)
            {
                return false;
            }

            try
            {
                await store.UpdateAsync(StateTable.Submissions, entry, change(Of(entry)), cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < OptimisticUpdate.MaxAttempts)
            {
                // Changed meanwhile: decide again on the entry as it is now.
            }
        }
    }

    private static Dictionary<string, string?> ValuesOf(AcceptedSubmission submission) => new()
    {
        [Kind] = submission.Kind.ToString(),
        [Title] = submission.Title,
        [ReportedBy] = submission.ReportedBy,
        [Payload] = submission.Payload,
        [ReceivedAt] = StateValues.Instant(submission.ReceivedAt),
        [Status] = submission.Status.ToString(),
        [Attempts] = StateValues.Number(submission.Attempts),
        [LastError] = submission.LastError,
    };

    private static AcceptedSubmission Of(StateEntry entry) => new(
        entry.Key,
        SubmissionKind.Parse(entry[Kind]),
        entry[Title] ?? entry.Key,
        entry[ReportedBy] ?? string.Empty,
        entry[Payload] ?? string.Empty,
        StateValues.Instant(entry[ReceivedAt]) ?? entry.Updated,
        Enum.TryParse<SubmissionStatus>(entry[Status], out var status) ? status : SubmissionStatus.Pending,
        StateValues.Number(entry[Attempts]),
        entry[LastError]);
}
