using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// Writes one accepted submission into the register. Every step is keyed by a unique submission id, so a run
/// that crashed half-way and is repeated finds what it wrote and writes only what is missing: never twice.
/// </summary>
public sealed class SubmissionWriter(IListStore store)
{
    private readonly VisitChangeWriter visitChanges = new(store);

    public async Task WriteVisitAsync(Visit visit, CancellationToken cancellationToken)
    {
        var visitId = await store.CreateOnceAsync(VisitsList.Name, VisitsList.SubmissionId, visit.SubmissionId, VisitsList.Fields(visit), cancellationToken);
        var plans = visit.FollowUps.Count == 0 ? [] : await store.QueryAsync(ActionPlansList.Records, ListQuery.WhereEquals(ActionPlansList.Partner, visit.PartnerId), cancellationToken);
        foreach (var (submissionId, activity) in ReconciliationRules.FollowUpActivities(visit, visitId, plans))
        {
            await store.CreateOnceAsync(ActivitiesList.Name, ActivitiesList.SubmissionId, submissionId, ActivitiesList.Fields(activity, submissionId), cancellationToken);
        }
    }

    public async Task WriteGoalUpdateAsync(GoalUpdate update, CancellationToken cancellationToken)
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

    /// <summary>A reporter's correction: the visit takes it as its new version, unless it was changed after; kept in its history either way.</summary>
    public Task WriteVisitCorrectionAsync(VisitCorrection correction, CancellationToken cancellationToken) =>
        visitChanges.WriteCorrectionAsync(correction, cancellationToken);

    /// <summary>A reporter's withdrawal: the visit is marked withdrawn (kept), its follow-ups cancelled, the change kept in its history.</summary>
    public Task WriteVisitWithdrawalAsync(VisitWithdrawal withdrawal, CancellationToken cancellationToken) =>
        visitChanges.WriteWithdrawalAsync(withdrawal, cancellationToken);
}
