using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Application.Reminders;

/// <summary>
/// The open deadlines near today, read by indexed date queries (cost follows the deadlines in the window, not the
/// lists): follow-ups and goal reviews up to 15 days ahead, review cycles up to 31, and overdue ones up to
/// <see cref="OverdueHorizonDays"/> back (older ones stop nagging; they show in the digest and the register).
/// </summary>
public sealed class DeadlineSource(IListStore store)
{
    public const int OverdueHorizonDays = 90;

    public async Task<IReadOnlyList<Deadline>> OpenNearAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-OverdueHorizonDays);
        var deadlines = new List<Deadline>();

        var activities = await store.QueryAsync(ActivitiesList.Records, Window(ActivitiesList.FollowUpDue, from, today.AddDays(15)), cancellationToken);
        deadlines.AddRange(activities
            .Where(a => a.Value.IsOpen && a.Value.FollowUpDue is not null && a.Value.ResponsibleEmail.Length > 0)
            .Select(a => new Deadline(new ItemKey(ActivitiesList.Name, a.Id), DeadlineKind.FollowUp, a.Value.Title, a.Value.FollowUpDue!.Value, a.Value.ResponsibleEmail)));

        var goals = await store.QueryAsync(GoalsList.Records, Window(GoalsList.NextReviewDue, from, today.AddDays(15)), cancellationToken);
        deadlines.AddRange(goals
            .Where(g => g.Value.IsOpen && g.Value.NextReviewDue is not null && g.Value.OwnerEmail.Length > 0)
            .Select(g => new Deadline(new ItemKey(GoalsList.Name, g.Id), DeadlineKind.GoalReview, g.Value.Title, g.Value.NextReviewDue!.Value, g.Value.OwnerEmail)));

        var reviews = await store.QueryAsync(ReviewCyclesList.Records, Window(ReviewCyclesList.Due, from, today.AddDays(31)), cancellationToken);
        foreach (var review in reviews.Where(r => r.Value.IsOpen))
        {
            if (await store.GetAsync(PartnersList.Records, review.Value.PartnerId, cancellationToken) is { CoordinatorEmail.Length: > 0 } partner)
            {
                deadlines.Add(new Deadline(new ItemKey(ReviewCyclesList.Name, review.Id), DeadlineKind.ReviewCycle, review.Value.Title, review.Value.Due, partner.CoordinatorEmail));
            }
        }

        return deadlines;
    }

    private static ListQuery Window(string column, DateOnly from, DateOnly to) =>
        ListQuery.Where(column, ComparisonOperator.GreaterOrEqual, from).And(column, ComparisonOperator.LessOrEqual, to);
}
