using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Search;

namespace PartnershipTeams.Application.Search;

/// <summary>
/// The register's searchable items, held in memory and kept fresh from each list's delta changes, so a search costs a
/// few store requests whatever the register's size: none while the index is younger than <see cref="FreshFor"/>, else
/// one delta request per searched list (six; more only when more than a page of items changed since). The first search
/// after a start reads every item once (a full resync, paged); <see cref="WarmUpAsync"/> lets the host do that early.
/// </summary>
public sealed class RegisterIndex(IListStore store, TimeProvider time) : IDisposable
{
    /// <summary>How old the index may be before a search first reads the changes: an edit in SharePoint is found within this.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, Dictionary<int, ListItem>> items = RegisterEntries.Lists.ToDictionary(l => l, _ => new Dictionary<int, ListItem>());
    private readonly Dictionary<string, string> tokens = [];
    private readonly Dictionary<(string List, int Id), RegisterEntry> entries = [];
    private RegisterSnapshot? snapshot;
    private DateTimeOffset readAt;

    /// <summary>The register as of at most <see cref="FreshFor"/> ago.</summary>
    public async Task<RegisterSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (snapshot is { } fresh && time.GetUtcNow() - readAt < FreshFor)
        {
            return fresh;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (snapshot is { } meanwhile && time.GetUtcNow() - readAt < FreshFor)
            {
                return meanwhile;
            }

            var changed = new Dictionary<string, (bool Any, HashSet<int>? Ids)>();
            foreach (var list in RegisterEntries.Lists)
            {
                if (await CatchUpAsync(list, cancellationToken) is { } change)
                {
                    changed[list] = change;
                }
            }

            if (changed.Count > 0 || snapshot is null)
            {
                snapshot = Build(changed);
            }

            readAt = time.GetUtcNow();
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>Reads the register once, so the first search does not.</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) => CurrentAsync(cancellationToken);

    /// <summary>Reads a list's changes into the index: the ids that changed, null for all (a full resync), nothing when none did.</summary>
    private async Task<(bool Any, HashSet<int>? Ids)?> CatchUpAsync(string list, CancellationToken cancellationToken)
    {
        ChangeSet changes;
        try
        {
            changes = await store.GetChangesAsync(list, tokens.GetValueOrDefault(list), cancellationToken);
        }
        catch (Core.Lists.Errors.InvalidChangeTokenException)
        {
            changes = await store.GetChangesAsync(list, null, cancellationToken);
        }

        var known = items[list];
        if (changes.IsFullResync)
        {
            known.Clear();
        }

        foreach (var change in changes.Changes)
        {
            if (change.Item is { } item)
            {
                known[change.Id] = item;
            }
            else
            {
                known.Remove(change.Id);
            }
        }

        tokens[list] = changes.NextToken;
        return changes.IsFullResync ? (true, null) : changes.Changes.Count > 0 ? (true, [.. changes.Changes.Select(c => c.Id)]) : null;
    }

    /// <summary>
    /// The snapshot after these changes: only the changed items are read again (every item of a list read in full, and
    /// every goal when action plans changed, as a goal's partner is its plan's), so a search after a few edits stays quick.
    /// </summary>
    private RegisterSnapshot Build(Dictionary<string, (bool Any, HashSet<int>? Ids)> changed)
    {
        var plans = items[ActionPlansList.Name];
        int? PartnerOfPlan(int plan) => plans.TryGetValue(plan, out var item) ? item.LookupId(ActionPlansList.Partner) : null;
        if (changed.ContainsKey(ActionPlansList.Name))
        {
            changed[GoalsList.Name] = (true, null);
        }

        foreach (var list in snapshot is null ? RegisterEntries.Lists : [.. changed.Keys])
        {
            var ids = snapshot is null ? null : changed[list].Ids;
            if (ids is null)
            {
                foreach (var key in entries.Keys.Where(k => k.List == list).ToList())
                {
                    entries.Remove(key);
                }
            }

            IEnumerable<int> read = ids ?? [.. items[list].Keys];
            foreach (var id in read)
            {
                var entry = items[list].TryGetValue(id, out var item) ? RegisterEntries.From(list, item, PartnerOfPlan) : null;
                if (entry is null)
                {
                    entries.Remove((list, id));
                }
                else
                {
                    entries[(list, id)] = entry;
                }
            }
        }

        return new RegisterSnapshot([.. entries.Values.OrderBy(e => e.Kind).ThenByDescending(e => e.End ?? e.Start ?? DateOnly.MinValue).ThenBy(e => e.Id)]);
    }
}
