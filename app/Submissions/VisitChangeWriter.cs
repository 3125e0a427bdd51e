using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// Writes a reporter's correction or withdrawal of a visit into the register: the visit's item changes (a correction
/// sets its content, a withdrawal marks it and cancels its open follow-ups) and each change is kept in VisitVersions,
/// after the visit's original version, with who made it and when. Every write is keyed by a submission id or decided
/// on the item as it is, so a repeated delivery writes nothing twice.
/// </summary>
public sealed class VisitChangeWriter(IListStore store)
{
    /// <summary>The suffix of the submission id under which a visit's original version is kept (one per visit).</summary>
    public const string OriginalSuffix = "/original";

    public async Task WriteCorrectionAsync(VisitCorrection correction, CancellationToken cancellationToken)
    {
        var item = await VisitAsync(correction.VisitId, correction.Visit.SubmissionId, cancellationToken);
        await KeepOriginalAsync(item, cancellationToken);

        var versions = await store.QueryAsync(VisitVersionsList.Records, ListQuery.WhereEquals(VisitVersionsList.Visit, item.Id), cancellationToken);
        var fields = VisitVersionsList.ContentFields(correction.Visit);
        fields[VisitsList.CorrectedByEmail] = correction.CorrectedByEmail;
        fields[VisitsList.CorrectedAt] = correction.CorrectedAt;

        // Decided again on the visit as it is after any conflict: an edit made meanwhile is never overwritten blindly.
        var now = await store.UpdateCurrentAsync(VisitsList.Name, item, current =>
        {
            if (VisitCorrectionOrder.Holds(current, correction))
            {
                return null;
            }

            var lastApplied = LastAppliedCorrection(versions.Select(v => v.Value), current);
            return VisitCorrectionOrder.Applies(correction, current, lastApplied) ? fields : null;
        }, cancellationToken);

        var version = new VisitVersion(item.Id, VisitChange.Correction, correction.Visit, correction.CorrectedByEmail, correction.CorrectedAt, VisitCorrectionOrder.Holds(now, correction), correction.SubmissionId);
        await store.CreateOnceAsync(VisitVersionsList.Name, VisitVersionsList.SubmissionId, correction.SubmissionId, VisitVersionsList.Fields(version), cancellationToken);
    }

    public async Task WriteWithdrawalAsync(VisitWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        var item = await VisitAsync(withdrawal.VisitId, withdrawal.VisitSubmissionId, cancellationToken);
        await KeepOriginalAsync(item, cancellationToken);

        var now = await store.UpdateCurrentAsync(VisitsList.Name, item, current => current.Flag(VisitsList.Withdrawn) == true
            ? null
            : new Dictionary<string, object?> { [VisitsList.Withdrawn] = true, [VisitsList.WithdrawnAt] = withdrawal.WithdrawnAt }, cancellationToken);

        var content = VisitsList.Read(now) ?? throw new InvalidFieldValueException($"Visit {item.Id} has no readable partner, direction or dates; the withdrawal is kept aside.");
        var version = new VisitVersion(item.Id, VisitChange.Withdrawal, content, withdrawal.WithdrawnByEmail, withdrawal.WithdrawnAt, Applied: true, withdrawal.SubmissionId);
        await store.CreateOnceAsync(VisitVersionsList.Name, VisitVersionsList.SubmissionId, withdrawal.SubmissionId, VisitVersionsList.Fields(version), cancellationToken);

        // The visit's follow-ups are not to be done any more; those already done stay done.
        var followUps = await store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.SourceVisit, item.Id), cancellationToken);
        foreach (var followUp in followUps)
        {
            await store.UpdateCurrentAsync(ActivitiesList.Name, followUp, current =>
                current.Choice<ActivityStatus>(ActivitiesList.Status) is ActivityStatus.Done or ActivityStatus.Cancelled
                    ? null
                    : new Dictionary<string, object?> { [ActivitiesList.Status] = RegisterWords.Of(ActivityStatus.Cancelled), [ActivitiesList.IsOverdue] = false }, cancellationToken);
        }
    }

    /// <summary>The visit's item, if it is still the one reported under <paramref name="submissionId"/> (an item id is never reused for another visit's change).</summary>
    private async Task<ListItem> VisitAsync(int id, string submissionId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(VisitsList.Name, id, cancellationToken);
        return item.Text(VisitsList.SubmissionId) == submissionId
            ? item
            : throw new ItemNotFoundException($"Visit {id} is no longer the visit reported under {submissionId}.");
    }

    /// <summary>Before a visit's first change, what it said then: kept once, so nothing a visit ever said is lost.</summary>
    private async Task KeepOriginalAsync(ListItem item, CancellationToken cancellationToken)
    {
        var key = item.Text(VisitsList.SubmissionId) + OriginalSuffix;
        var content = VisitsList.Read(item) ?? throw new InvalidFieldValueException($"Visit {item.Id} has no readable partner, direction or dates; its change is kept aside.");
        var original = new VisitVersion(item.Id, VisitChange.Original, content, content.ReportedByEmail, content.ReportedAt, Applied: true, key);
        await store.FindOrCreateAsync(VisitVersionsList.Name, VisitVersionsList.SubmissionId, key, VisitVersionsList.Fields(original), cancellationToken);
    }

    /// <summary>The applied correction whose time the visit's CorrectedAt holds, if any.</summary>
    private static VisitVersion? LastAppliedCorrection(IEnumerable<VisitVersion> versions, ListItem visit) =>
        visit.Instant(VisitsList.CorrectedAt) is not { } at
            ? null
            : versions.Where(v => v.Change == VisitChange.Correction && v.Applied == true)
                .FirstOrDefault(v => v.ChangedAt.ToUnixTimeSeconds() == at.ToUnixTimeSeconds());
}
