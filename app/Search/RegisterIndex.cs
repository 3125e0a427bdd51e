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

            var changed = false;
            foreach (var list in RegisterEntries.Lists)
            {
                changed |= await CatchUpAsync(list, cancellationToken);
            }

            if (changed || snapshot is null)
            {
                snapshot = Build();
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

    private async Task<bool> CatchUpAsync(string list, CancellationToken cancellationToken)
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
        return changes.IsFullResync || changes.Changes.Count > 0;
    }

    private RegisterSnapshot Build()
    {
        var plans = items[ActionPlansList.Name];
        int? PartnerOfPlan(int plan) => plans.TryGetValue(plan, out var item) ? item.LookupId(ActionPlansList.Partner) : null;
        var entries = items
            .SelectMany(l => l.Value.Values.Select(i => RegisterEntries.From(l.Key, i, PartnerOfPlan)))
            .OfType<RegisterEntry>()
            .OrderBy(e => e.Kind).ThenByDescending(e => e.End ?? e.Start ?? DateOnly.MinValue).ThenBy(e => e.Id)
            .ToList();
        return new RegisterSnapshot(entries);
    }
}
