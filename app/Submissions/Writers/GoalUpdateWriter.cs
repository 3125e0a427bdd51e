using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Submissions.Writers;

/// <summary>
/// A goal update: kept in the goal's history (GoalUpdates, once), then the goal takes its status and value unless a
/// later report or a manager's edit came first; the report is the review that was due, so the next review moves on.
/// </summary>
public sealed class GoalUpdateWriter(IListStore store) : SubmissionWriter<GoalUpdate>(SubmissionTypes.GoalUpdate)
{
    public override async Task WriteAsync(GoalUpdate update, CancellationToken cancellationToken)
    {
        var goal = await store.GetAsync(GoalsList.Name, update.GoalId, cancellationToken);
        var history = GoalUpdatesList.Fields(update, goal.Text(GoalsList.Title) ?? $"#{update.GoalId}");
        await store.CreateOnceAsync(GoalUpdatesList.Name, GoalUpdatesList.SubmissionId, update.SubmissionId, history, cancellationToken);

        var reports = await store.QueryAsync(GoalUpdatesList.Records, ListQuery.WhereEquals(GoalUpdatesList.Goal, update.GoalId), cancellationToken);
        var fields = new Dictionary<string, object?> { [GoalsList.Status] = RegisterWords.Of(update.Status), [GoalsList.LastUpdated] = update.ReportedAt };
        if (update.Current is { } current)
        {
            fields[GoalsList.Current] = current;
        }

        // Decided again on the goal as it is after any conflict: an edit made meanwhile is never overwritten blindly.
        await store.UpdateCurrentAsync(GoalsList.Name, goal, now =>
        {
            var snapshot = GoalSnapshot.Of(now);
            var lastApplied = reports.Select(r => r.Value).FirstOrDefault(r => r.ReportedAt == snapshot.LastUpdated);
            if (!GoalUpdateOrder.Applies(update, snapshot, lastApplied))
            {
                return null;
            }

            // The report is the review that was due: the next comes the goal's review interval later.
            var reviewed = GoalsList.Read(now);
            return new Dictionary<string, object?>(fields)
            {
                [GoalsList.NextReviewDue] = GoalReview.NextDue(reviewed?.NextReviewDue, BusinessTimeZone.DateOf(update.ReportedAt), reviewed?.ReviewInterval ?? GoalReview.DefaultIntervalMonths),
            };
        }, cancellationToken);
    }
}
