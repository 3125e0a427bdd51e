using System.Globalization;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Sync;

/// <summary>
/// Keeps derived fields true at a cost that does not grow with the register: the overdue flags of activities and review
/// cycles, and each partner's and each contact person's last contact after its latest visit. A run reads what changed (delta tokens), the items
/// that fell due since the last reconciled day (one date window, never "every activity ever past due", which on SharePoint fails past
/// 5,000 items), and, after a fresh start, one page of a walk through what was there before. Writes go in $batch
/// with If-Match on the item as read, touching only the derived field, so a manager's concurrent edit wins; at most
/// <see cref="MaxWritesPerRun"/> a run, so the sync's own writes ride in the one delta page the next run reads anyway.
/// </summary>
public sealed class DerivedFieldsReconciler(IListStore store, SyncState state, TimeProvider time)
{
    /// <summary>
    /// Derived writes per run (SharePoint: 2 resource units each); what does not fit waits for the next run. With the changes
    /// people make between two runs they fit in one page of the next run's delta (Graph pages list items by 200).
    /// </summary>
    public const int MaxWritesPerRun = 150;

    /// <summary>Items read per run by a walk through a list's history; read only while a whole page of writes still fits.</summary>
    public const int WalkPageSize = 100;

    private const string WalkFromStart = "*";

    /// <summary>An overdue flag: the list, the date it follows, the flag column, and the record's own rule for overdue.</summary>
    private sealed record OverdueFlag(string List, string DueColumn, string FlagColumn, Func<ListItem, DateOnly, bool> IsOverdue);

    private static readonly OverdueFlag[] OverdueFlags =
    [
        new(ActivitiesList.Name, ActivitiesList.FollowUpDue, ActivitiesList.IsOverdue, (item, today) => ActivitiesList.Read(item)?.IsOverdueOn(today) ?? false),
        new(ReviewCyclesList.Name, ReviewCyclesList.Due, ReviewCyclesList.IsOverdue, (item, today) => ReviewCyclesList.Read(item)?.IsOverdueOn(today) ?? false),
    ];

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var today = BusinessTimeZone.Today(time);
        var changed = 0;
        foreach (var flag in OverdueFlags)
        {
            changed += await ReconcileAsync(flag, today, cancellationToken);
        }

        var visits = await ProgressAsync(VisitsList.Name, cancellationToken);
        var partners = new Dictionary<int, ItemUpdate>();
        var walked = new List<ListItem>();
        visits = await WalkAsync(visits, page => { walked.AddRange(page); return true; }, cancellationToken);
        var ended = visits.Changed.Concat(walked)
            .Select(VisitsList.NotWithdrawn.Read) // a withdrawn report is no contact
            .OfType<Visit>()
            .Where(v => v.End <= today)
            .ToList();
        foreach (var latest in ended
            .GroupBy(v => v.PartnerId)
            .Select(g => (Partner: g.Key, End: g.Max(v => v.End))))
        {
            var partner = await store.GetAsync(PartnersList.Name, latest.Partner, cancellationToken);
            if ((partner.Date(PartnersList.LastContact) ?? DateOnly.MinValue) < latest.End)
            {
                partners[partner.Id] = new ItemUpdate(partner.Id, new Dictionary<string, object?> { [PartnersList.LastContact] = latest.End }, partner.ETag);
            }
        }

        changed += await WriteAsync(PartnersList.Name, partners.Values, cancellationToken);
        changed += await WriteAsync(ContactsList.Name, await ContactsMetAsync(ended, today, cancellationToken), cancellationToken);
        await SaveAsync(visits, cancellationToken);
        return changed;
    }

    /// <summary>
    /// The contacts these visits met (the contact's own rule, <see cref="Contact.WasMetOn"/>) whose last contact moves on. The
    /// contacts list is read only when visits changed; it holds the cooperation's people (hundreds), not its history.
    /// </summary>
    private async Task<List<ItemUpdate>> ContactsMetAsync(List<Visit> visits, DateOnly today, CancellationToken cancellationToken)
    {
        if (visits.Count == 0)
        {
            return [];
        }

        var updates = new List<ItemUpdate>();
        foreach (var item in await store.QueryAsync(ContactsList.Name, ListQuery.All, cancellationToken))
        {
            if (ContactsList.Read(item)?.LastContactOn(visits, today) is { } met && (item.Date(ContactsList.LastContact) ?? DateOnly.MinValue) < met)
            {
                updates.Add(new ItemUpdate(item.Id, new Dictionary<string, object?> { [ContactsList.LastContact] = met }, item.ETag));
            }
        }

        return updates;
    }

    /// <summary>One list's overdue flags: its changes, what fell due since the last reconciled day, and a page of its history.</summary>
    private async Task<int> ReconcileAsync(OverdueFlag flag, DateOnly today, CancellationToken cancellationToken)
    {
        var progress = await ProgressAsync(flag.List, cancellationToken);
        var updates = new Dictionary<int, ItemUpdate>();
        Offer(flag, updates, progress.Changed, today, int.MaxValue); // the token moves on: every change is handled now
        var reconciledKey = $"reconciled:{flag.List}";
        var reconciledThrough = await state.GetAsync(reconciledKey, cancellationToken) is { Length: > 0 } day
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : OverdueChase.OldestChasedDue(today);
        if (reconciledThrough < today)
        {
            // Fell due in [reconciledThrough, today): the window starts at its lower bound, which narrows a large list.
            var fellDue = await store.QueryAsync(flag.List, ListQuery.Where(flag.DueColumn, ComparisonOperator.GreaterOrEqual, reconciledThrough)
                .And(flag.DueColumn, ComparisonOperator.LessThan, today), cancellationToken);
            reconciledThrough = Offer(flag, updates, fellDue, today, MaxWritesPerRun) ? today : reconciledThrough;
        }

        if (updates.Count <= MaxWritesPerRun - WalkPageSize)
        {
            progress = await WalkAsync(progress, page => Offer(flag, updates, page, today, MaxWritesPerRun), cancellationToken);
        }

        var changed = await WriteAsync(flag.List, updates.Values, cancellationToken);
        await state.SetAsync(reconciledKey, reconciledThrough.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
        await SaveAsync(progress, cancellationToken);
        return changed;
    }

    /// <summary>Adds the overdue flags these items need, while the run's writes stay within <paramref name="limit"/>; whether all fitted.</summary>
    private static bool Offer(OverdueFlag flag, Dictionary<int, ItemUpdate> updates, IEnumerable<ListItem> items, DateOnly today, int limit)
    {
        foreach (var item in items.Where(a => !updates.ContainsKey(a.Id)))
        {
            var overdue = flag.IsOverdue(item, today);
            if ((item.Flag(flag.FlagColumn) ?? false) == overdue)
            {
                continue;
            }

            if (updates.Count >= limit)
            {
                return false;
            }

            updates[item.Id] = new ItemUpdate(item.Id, new Dictionary<string, object?> { [flag.FlagColumn] = overdue }, item.ETag);
        }

        return true;
    }

    private async Task<int> WriteAsync(string list, IEnumerable<ItemUpdate> updates, CancellationToken cancellationToken)
    {
        var batch = updates.ToList();

        // A conflict means someone edited the item since it was read: that edit is a change the next run reconciles.
        return batch.Count == 0 ? 0 : (await store.UpdateManyAsync(list, batch, cancellationToken)).Count(r => r.Succeeded);
    }

    /// <summary>
    /// What changed in a list since the saved token. Without a token (first run) or after a full resync, the run takes a
    /// token for now and starts a walk through the items already there, a page a run, instead of reconciling them all at once.
    /// </summary>
    private async Task<ListProgress> ProgressAsync(string list, CancellationToken cancellationToken)
    {
        var token = await state.GetAsync($"delta:{list}", cancellationToken);
        var walk = await state.GetAsync($"walk:{list}", cancellationToken) is { Length: > 0 } cursor ? cursor : null;
        if (token is not null)
        {
            try
            {
                var changes = await store.GetChangesAsync(list, token, cancellationToken);
                if (!changes.IsFullResync)
                {
                    return new ListProgress(list, [.. changes.Changes.Where(c => c.Item is not null).Select(c => c.Item!)], changes.NextToken, walk);
                }

                // A full resync (an expired token) holds every item: walk them at the run's pace rather than all now.
                return new ListProgress(list, [], changes.NextToken, WalkFromStart);
            }
            catch (Core.Lists.Errors.InvalidChangeTokenException)
            {
                // A token of another store: start over as on the first run.
            }
        }

        return new ListProgress(list, [], await store.GetLatestChangeTokenAsync(list, cancellationToken), WalkFromStart);
    }

    /// <summary>Reads the walk's next page, if one is under way; the walk moves on only when <paramref name="take"/> handled the whole page.</summary>
    private async Task<ListProgress> WalkAsync(ListProgress progress, Func<IReadOnlyList<ListItem>, bool> take, CancellationToken cancellationToken)
    {
        if (progress.Walk is null)
        {
            return progress;
        }

        var page = await store.ReadPageAsync(progress.List, progress.Walk == WalkFromStart ? null : progress.Walk, WalkPageSize, cancellationToken);
        return take(page.Items) ? progress with { Walk = page.Continuation } : progress;
    }

    private async Task SaveAsync(ListProgress progress, CancellationToken cancellationToken)
    {
        await state.SetAsync($"walk:{progress.List}", progress.Walk ?? string.Empty, cancellationToken);
        await state.SetAsync($"delta:{progress.List}", progress.NextToken, cancellationToken);
    }

    /// <summary>A list's changed items this run, the token to save, and where a walk through its history stands (null: none).</summary>
    private sealed record ListProgress(string List, IReadOnlyList<ListItem> Changed, string NextToken, string? Walk);
}
