using Microsoft.Extensions.Logging;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Lists.Seeding;

/// <summary>
/// Loads the Linköping partnership (Guangzhou and Macau) and its contacts into an empty register, so the product shows
/// something real on a laptop: its history, and a current period dated from the day of seeding. Idempotent: every
/// item is found by its natural key before it is created.
/// </summary>
public sealed partial class DemoDataSeeder(IListStore store, TimeProvider time, ILogger<DemoDataSeeder> logger)
{
    private int created;

    /// <summary>Seeds what is missing (the current period too unless <paramref name="currentPeriod"/> is false) and returns how many items it created (0 when all were there).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken, bool currentPeriod = true)
    {
        created = 0;
        var guangzhou = await EnsureAsync(PartnersList.Name, PartnersList.Title, LinkopingDemo.Guangzhou.Title, PartnersList.Fields(LinkopingDemo.Guangzhou), cancellationToken);
        var macau = await EnsureAsync(PartnersList.Name, PartnersList.Title, LinkopingDemo.Macau.Title, PartnersList.Fields(LinkopingDemo.Macau), cancellationToken);

        var guangzhouPlan = await EnsureUnderAsync(ActionPlansList.Name, ActionPlansList.Partner, guangzhou, ActionPlansList.Fields(LinkopingDemo.PlanFor(guangzhou, "Guangzhou")), cancellationToken);
        var macauPlan = await EnsureUnderAsync(ActionPlansList.Name, ActionPlansList.Partner, macau, ActionPlansList.Fields(LinkopingDemo.PlanFor(macau, "Macau")), cancellationToken);

        // Seeded after the history's plan ended, the history is closed as a register kept since then would hold it.
        var closed = BusinessTimeZone.DateOf(time.GetUtcNow()) > LinkopingDemo.PlanFor(guangzhou, "Guangzhou").PeriodEnd;
        await EnsureAllAsync(
            LinkopingDemo.Visits(guangzhou, macau),
            LinkopingDemo.Activities(guangzhou, guangzhouPlan, macau, macauPlan, closed),
            LinkopingDemo.Goals(guangzhouPlan, macauPlan),
            LinkopingDemo.Reviews(guangzhou, closed),
            cancellationToken);

        await EnsureContactsAsync(ContactsDemo.Contacts(guangzhou, macau), cancellationToken);

        if (currentPeriod)
        {
            await SeedCurrentPeriodAsync(guangzhou, guangzhouPlan, cancellationToken);
        }

        LogSeeded(logger, created);
        return created;
    }

    /// <summary>
    /// The current period: the plan of Guangzhou covering today (created when none does) and what happens under it; none
    /// when the day of seeding falls in the history's own plan period (the history is current then).
    /// </summary>
    private async Task SeedCurrentPeriodAsync(int guangzhou, int historicalPlan, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = BusinessTimeZone.DateOf(now);
        var plans = await store.QueryAsync(ActionPlansList.Records, ListQuery.WhereEquals(ActionPlansList.Partner, guangzhou), cancellationToken);
        var current = plans.FirstOrDefault(p => p.Value.Covers(today));
        if (current?.Id == historicalPlan)
        {
            return;
        }

        if (current is null)
        {
            var plan = CurrentPeriodDemo.Plan(guangzhou, today);
            current = new Stored<ActionPlan>(await CreateAsync(ActionPlansList.Name, ActionPlansList.Fields(plan), cancellationToken), plan);
        }

        await EnsureAllAsync(
            CurrentPeriodDemo.Visits(guangzhou, today, now),
            CurrentPeriodDemo.Activities(guangzhou, current.Id, today),
            CurrentPeriodDemo.Goals(current.Id, today, now),
            [CurrentPeriodDemo.AnnualFollowUp(guangzhou, current.Value, today)],
            cancellationToken);
    }

    /// <summary>Visits and activities found by their keys, goals under their plan and reviews under their partner by title; each created if missing.</summary>
    private async Task EnsureAllAsync(
        IEnumerable<Visit> visits, IEnumerable<(string Key, Activity Activity)> activities, IEnumerable<Goal> goals, IEnumerable<ReviewCycle> reviews, CancellationToken cancellationToken)
    {
        foreach (var visit in visits)
        {
            await EnsureAsync(VisitsList.Name, VisitsList.SubmissionId, visit.SubmissionId, VisitsList.Fields(visit), cancellationToken);
        }

        foreach (var (key, activity) in activities)
        {
            await EnsureAsync(ActivitiesList.Name, ActivitiesList.SubmissionId, key, ActivitiesList.Fields(activity, key), cancellationToken);
        }

        foreach (var goal in goals)
        {
            await EnsureUnderAsync(GoalsList.Name, GoalsList.ActionPlan, goal.ActionPlanId, GoalsList.Fields(goal), cancellationToken);
        }

        foreach (var review in reviews)
        {
            await EnsureUnderAsync(ReviewCyclesList.Name, ReviewCyclesList.Partner, review.PartnerId, ReviewCyclesList.Fields(review), cancellationToken);
        }
    }

    /// <summary>Contacts found by name (the list is small: one read), each created if missing.</summary>
    private async Task EnsureContactsAsync(IEnumerable<Contact> contacts, CancellationToken cancellationToken)
    {
        var known = (await store.QueryAsync(ContactsList.Name, ListQuery.All, cancellationToken))
            .Select(i => i.Text(ContactsList.Title)).ToHashSet(StringComparer.Ordinal);
        foreach (var contact in contacts.Where(c => !known.Contains(c.Name)))
        {
            await CreateAsync(ContactsList.Name, ContactsList.Fields(contact), cancellationToken);
        }
    }

    /// <summary>The item whose unique <paramref name="keyColumn"/> holds <paramref name="key"/>, created if missing.</summary>
    private async Task<int> EnsureAsync(string list, string keyColumn, string key, Dictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var (id, isNew) = await store.FindOrCreateAsync(list, keyColumn, key, fields, cancellationToken);
        created += isNew ? 1 : 0;
        return id;
    }

    /// <summary>The item with this title under a parent (found by the indexed parent column), created if missing.</summary>
    private async Task<int> EnsureUnderAsync(string list, string parentColumn, int parentId, Dictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var title = (string)fields["Title"]!;
        var siblings = await store.QueryAsync(list, ListQuery.WhereEquals(parentColumn, parentId), cancellationToken);
        var existing = siblings.FirstOrDefault(i => string.Equals(i.Text("Title"), title, StringComparison.Ordinal));
        return existing?.Id ?? await CreateAsync(list, fields, cancellationToken);
    }

    private async Task<int> CreateAsync(string list, Dictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        ListItem item = await store.CreateAsync(list, fields, cancellationToken);
        created++;
        return item.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: created {Created} items (0 means the register already held them)")]
    private static partial void LogSeeded(ILogger logger, int created);
}
