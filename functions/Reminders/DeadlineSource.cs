using System.Globalization;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Functions.Reminders;

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

        var activities = await store.QueryAsync(ActivitiesList.Name, Window(ActivitiesList.FollowUpDue, from, today.AddDays(15)), cancellationToken);
        deadlines.AddRange(activities
            .Where(a => a.Text(ActivitiesList.Status) is not (nameof(ActivityStatus.Done) or nameof(ActivityStatus.Cancelled)) && a.Text(ActivitiesList.ResponsibleEmail) is not null)
            .Select(a => new Deadline(Key(ActivitiesList.Name, a.Id), DeadlineKind.FollowUp, a.Text(ActivitiesList.Title)!, a.Date(ActivitiesList.FollowUpDue)!.Value, a.Text(ActivitiesList.ResponsibleEmail)!)));

        var goals = await store.QueryAsync(GoalsList.Name, Window(GoalsList.NextReviewDue, from, today.AddDays(15)), cancellationToken);
        deadlines.AddRange(goals
            .Where(g => g.Text(GoalsList.Status) != nameof(GoalStatus.Achieved) && g.Text(GoalsList.OwnerEmail) is not null)
            .Select(g => new Deadline(Key(GoalsList.Name, g.Id), DeadlineKind.GoalReview, g.Text(GoalsList.Title)!, g.Date(GoalsList.NextReviewDue)!.Value, g.Text(GoalsList.OwnerEmail)!)));

        var reviews = await store.QueryAsync(ReviewCyclesList.Name, Window(ReviewCyclesList.Due, from, today.AddDays(31)), cancellationToken);
        foreach (var review in reviews.Where(r => r.Text(ReviewCyclesList.Status) != nameof(ReviewCycleStatus.Reported)))
        {
            var partner = await store.GetAsync(PartnersList.Name, review.LookupId(ReviewCyclesList.Partner)!.Value, cancellationToken);
            if (partner.Text(PartnersList.CoordinatorEmail) is { } coordinator)
            {
                deadlines.Add(new Deadline(Key(ReviewCyclesList.Name, review.Id), DeadlineKind.ReviewCycle, review.Text(ReviewCyclesList.Title)!, review.Date(ReviewCyclesList.Due)!.Value, coordinator));
            }
        }

        return deadlines;
    }

    private static ListQuery Window(string column, DateOnly from, DateOnly to) =>
        ListQuery.Where(column, ComparisonOperator.GreaterOrEqual, from).And(column, ComparisonOperator.LessOrEqual, to);

    private static string Key(string list, int id) => $"{list}/{id.ToString(CultureInfo.InvariantCulture)}";
}
