using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Digest;

/// <summary>
/// The digest's contents on a day: follow-ups due within 30 days and overdue, visits reported since Monday, reminders
/// that may not have arrived or could not be delivered this week (and why), and submissions that did not reach the register.
/// </summary>
public sealed class DigestSource(IListStore store, SubmissionLog submissions, ReminderLedger ledger)
{
    public async Task<DigestContent> ContentAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var open = (await store.QueryAsync(ActivitiesList.Records, ListQuery.Where(ActivitiesList.FollowUpDue, ComparisonOperator.GreaterOrEqual, OverdueChase.OldestChasedDue(today))
                .And(ActivitiesList.FollowUpDue, ComparisonOperator.LessOrEqual, today.AddDays(30)), cancellationToken))
            .Where(a => a.Value.IsOpen)
            .OrderBy(a => a.Value.FollowUpDue)
            .ToList();
        var since = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), BusinessTimeZone.Zone.GetUtcOffset(monday.ToDateTime(TimeOnly.MinValue)));
        var visits = await store.QueryAsync(VisitsList.NotWithdrawn, ListQuery.Where(VisitsList.ReportedAt, ComparisonOperator.GreaterOrEqual, since), cancellationToken);
        var uncertain = await ledger.UncertainAsync(cancellationToken);
        var unreachable = await ledger.UnreachableAsync(since.AddDays(-7), cancellationToken);
        var stuck = await submissions.WithStatusAsync(SubmissionStatus.Poison, cancellationToken);
        return new DigestContent(
            [.. open.Where(a => !a.Value.IsOverdueOn(today)).Select(a => new DigestRow(a.Value.Title, a.Value.FollowUpDue, a.Value.ResponsibleEmail))],
            [.. open.Where(a => a.Value.IsOverdueOn(today)).Select(a => new DigestRow(a.Value.Title, a.Value.FollowUpDue, a.Value.ResponsibleEmail))],
            [.. visits.Select(v => new DigestRow(v.Value.Title, v.Value.Start, v.Value.ReportedByEmail))],
            [.. uncertain.Select(r => new DigestRow(r.Title, r.ClaimedAt is { } at ? BusinessTimeZone.DateOf(at) : null, r.Recipient))],
            [.. stuck.Select(s => new DigestRow(s.Title, BusinessTimeZone.DateOf(s.ReceivedAt), s.ReportedBy))],
            [.. unreachable.Select(r => new DigestRow(r.Title, r.ClaimedAt is { } at ? BusinessTimeZone.DateOf(at) : null, r.Recipient,
                Enum.TryParse<ReminderOutcome>(r.Outcome, out var why) ? why : null))]);
    }
}
