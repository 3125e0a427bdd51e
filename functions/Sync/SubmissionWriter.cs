using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema.Mapping;
using PartnershipTeams.Core.Sync;

namespace PartnershipTeams.Functions.Sync;

/// <summary>
/// Writes one accepted submission into the register. Every step is keyed by a unique submission id, so a run
/// that crashed half-way and is repeated finds what it wrote and writes only what is missing: never twice.
/// </summary>
public sealed class SubmissionWriter(IListStore store)
{
    public async Task WriteVisitAsync(Visit visit, CancellationToken cancellationToken)
    {
        var visitId = await CreateOnceAsync(VisitsList.Name, VisitsList.SubmissionId, visit.SubmissionId, ItemFields.Of(visit), cancellationToken);
        foreach (var (submissionId, activity) in ReconciliationRules.FollowUpActivities(visit, visitId))
        {
            await CreateOnceAsync(ActivitiesList.Name, ActivitiesList.SubmissionId, submissionId, ItemFields.Of(activity, submissionId), cancellationToken);
        }
    }

    public async Task WriteGoalUpdateAsync(GoalUpdate update, CancellationToken cancellationToken)
    {
        var goal = await store.GetAsync(GoalsList.Name, update.GoalId, cancellationToken);
        var history = ItemFields.Of(update, goal.Text(GoalsList.Title) ?? $"#{update.GoalId}");
        await CreateOnceAsync(GoalUpdatesList.Name, GoalUpdatesList.SubmissionId, update.SubmissionId, history, cancellationToken);

        var reports = await store.QueryAsync(GoalUpdatesList.Name, ListQuery.WhereEquals(GoalUpdatesList.Goal, update.GoalId), cancellationToken);
        var fields = new Dictionary<string, object?> { [GoalsList.Status] = update.Status.ToString(), [GoalsList.LastUpdated] = update.ReportedAt };
        if (update.Current is { } current)
        {
            fields[GoalsList.Current] = current;
        }

        // Decided again on the goal as it is after any conflict: an edit made meanwhile is never overwritten blindly.
        await store.UpdateCurrentAsync(GoalsList.Name, goal, now =>
        {
            var snapshot = ItemRecords.GoalSnapshotOf(now);
            var lastApplied = reports.Select(ItemRecords.GoalUpdateOf).FirstOrDefault(r => r is not null && r.ReportedAt == snapshot.LastUpdated);
            return GoalUpdateOrder.Applies(update, snapshot, lastApplied) ? fields : null;
        }, cancellationToken);
    }

    /// <summary>The id of the item holding this unique key: created now, or found from an earlier attempt.</summary>
    private async Task<int> CreateOnceAsync(string list, string keyColumn, string key, Dictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.CreateAsync(list, fields, cancellationToken)).Id;
        }
        catch (DuplicateItemException)
        {
            IReadOnlyList<ListItem> existing = await store.QueryAsync(list, ListQuery.WhereEquals(keyColumn, key), cancellationToken);
            return existing[0].Id;
        }
    }
}
