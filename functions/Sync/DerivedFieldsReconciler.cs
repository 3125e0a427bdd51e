using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Functions.Sync;

/// <summary>
/// Keeps derived fields true, reading only what changed (delta tokens) plus what the date made overdue:
/// an activity's overdue flag, and each partner's last contact after its latest visit. Every write is an
/// If-Match on the item as read, touching only the derived field, so a manager's concurrent edit wins.
/// </summary>
public sealed class DerivedFieldsReconciler(IListStore store, SyncState state, TimeProvider time)
{
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var today = BusinessTimeZone.Today(time);
        var changed = 0;

        var activities = await ChangesAsync(ActivitiesList.Name, cancellationToken);
        var newlyPastDue = await store.QueryAsync(ActivitiesList.Name, ListQuery.Where(ActivitiesList.FollowUpDue, ComparisonOperator.LessThan, today), cancellationToken);
        foreach (var activity in activities.Items.Concat(newlyPastDue).DistinctBy(a => a.Id))
        {
            var overdue = ReconciliationRules.IsOverdue(activity.Date(ActivitiesList.FollowUpDue), activity.Text(ActivitiesList.Status), today);
            if ((activity.Flag(ActivitiesList.IsOverdue) ?? false) != overdue
                && await TryUpdateAsync(ActivitiesList.Name, activity, ActivitiesList.IsOverdue, overdue, cancellationToken))
            {
                changed++;
            }
        }

        var visits = await ChangesAsync(VisitsList.Name, cancellationToken);
        foreach (var latest in visits.Items
            .Where(v => v.Date(VisitsList.End) is { } end && end <= today && v.LookupId(VisitsList.Partner) is not null)
            .GroupBy(v => v.LookupId(VisitsList.Partner)!.Value)
            .Select(g => (Partner: g.Key, End: g.Max(v => v.Date(VisitsList.End)!.Value))))
        {
            var partner = await store.GetAsync(PartnersList.Name, latest.Partner, cancellationToken);
            if ((partner.Date(PartnersList.LastContact) ?? DateOnly.MinValue) < latest.End
                && await TryUpdateAsync(PartnersList.Name, partner, PartnersList.LastContact, latest.End, cancellationToken))
            {
                changed++;
            }
        }

        await activities.CommitAsync(cancellationToken);
        await visits.CommitAsync(cancellationToken);
        return changed;
    }

    private async Task<bool> TryUpdateAsync(string list, ListItem item, string column, object value, CancellationToken cancellationToken)
    {
        try
        {
            await store.UpdateAsync(list, item.Id, new Dictionary<string, object?> { [column] = value }, item.ETag, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // Edited since we read it: that edit is a change, so the next run reconciles the item as it is then.
            return false;
        }
    }

    private async Task<PendingChanges> ChangesAsync(string list, CancellationToken cancellationToken)
    {
        var key = $"delta:{list}";
        var token = await state.GetAsync(key, cancellationToken);
        ChangeSet changes;
        try
        {
            changes = await store.GetChangesAsync(list, token, cancellationToken);
        }
        catch (InvalidChangeTokenException)
        {
            changes = await store.GetChangesAsync(list, null, cancellationToken);
        }

        return new PendingChanges([.. changes.Changes.Where(c => c.Item is not null).Select(c => c.Item!)], ct => state.SetAsync(key, changes.NextToken, ct));
    }

    /// <summary>Changed items of a list, and how to save the token once they are handled.</summary>
    private sealed record PendingChanges(IReadOnlyList<ListItem> Items, Func<CancellationToken, Task> CommitAsync);
}
