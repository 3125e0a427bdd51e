using Microsoft.Extensions.Logging.Abstractions;
using PartnershipTeams.Core.Lists;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;
using PartnershipTeams.Lists.Tests.Sqlite;

namespace PartnershipTeams.Lists.Tests.Seeding;

public sealed class DemoDataSeederTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero)); // Tuesday

    private DemoDataSeeder Seeder(IListStore store) => new(store, clock, NullLogger<DemoDataSeeder>.Instance);

    private async Task<SqliteListStore> ProvisionedStoreAsync()
    {
        var store = new SqliteListStore(Path.Combine(folder.Path, "lists.db"), clock);
        await store.ProvisionAsync(PartnershipLists.All, None);
        return store;
    }

    private static async Task<Dictionary<string, int>> CountsAsync(IListStore store)
    {
        var counts = new Dictionary<string, int>();
        foreach (var schema in PartnershipLists.All)
        {
            counts[schema.Name] = (await store.QueryAsync(schema.Name, ListQuery.All, None)).Count;
        }

        return counts;
    }

    [Fact]
    public async Task SeedAsyncOnAnEmptyStore_LoadsTheLinkopingPartnership()
    {
        var store = await ProvisionedStoreAsync();

        var created = await Seeder(store).SeedAsync(None);

        var counts = await CountsAsync(store);
        Assert.Equal(created, counts.Values.Sum());
        Assert.Equal(2, counts["Partners"]);
        Assert.Equal(3, counts["ActionPlans"]); // 2015–2018 for each city, and Guangzhou's current one
        Assert.Equal(7, counts["Visits"]);
        var themes = (await store.QueryAsync("Activities", ListQuery.All, None)).Select(a => a.Text("Theme")).Distinct().Count();
        Assert.Equal(7, themes);
        var delegation = Assert.Single(await store.QueryAsync("Visits", ListQuery.WhereEquals("Start", new DateOnly(2014, 3, 10)), None));
        Assert.Equal("Ja", delegation.Text("DemocracyDialogue"));
        Assert.Single(await store.QueryAsync("ReviewCycles", ListQuery.WhereEquals("Due", new DateOnly(2016, 11, 30)), None));
    }

    [Fact]
    public async Task SeedAsyncOnAnEmptyStore_NamesTheThreeAuthoritiesAndPartnerSideContacts()
    {
        var store = await ProvisionedStoreAsync();

        await Seeder(store).SeedAsync(None);

        var contacts = await store.QueryAsync("Contacts", ListQuery.All, None);
        var authorities = contacts.Where(c => c.Text("Kind") == "Svensk myndighet").Select(c => c.Text("Organisation")).Order().ToList();
        Assert.Equal(["Generalkonsulatet i Hongkong", "Sveriges ambassad i Peking", "Utrikesdepartementet"], authorities);
        Assert.Contains(contacts, c => c.Text("Kind") == "Partnerstad" && c.LookupId("Partner") is not null);
    }

    [Fact]
    public async Task SeedAsyncTwice_ChangesNothingTheSecondTime()
    {
        var store = await ProvisionedStoreAsync();
        var seeder = Seeder(store);
        await seeder.SeedAsync(None);
        clock.Advance(TimeSpan.FromDays(40)); // a later start: the current period stays as it was seeded
        var before = await CountsAsync(store);
        var token = (await store.GetChangesAsync("Activities", null, None)).NextToken;

        var createdAgain = await seeder.SeedAsync(None);

        Assert.Equal(0, createdAgain);
        Assert.Equal(before, await CountsAsync(store));
        Assert.Empty((await store.GetChangesAsync("Activities", token, None)).Changes);
    }

    [Fact]
    public async Task SeedAsync_GivesTheCurrentPeriodSomethingForEveryFeatureOnTheFirstRun()
    {
        var store = await ProvisionedStoreAsync();
        var today = new DateOnly(2026, 11, 24);

        await Seeder(store).SeedAsync(None);

        var plans = await store.QueryAsync(ActionPlansList.Records, ListQuery.All, None);
        var current = Assert.Single(plans, p => p.Value.Covers(today));
        var visits = await store.QueryAsync(VisitsList.Records, ListQuery.All, None);
        Assert.True(visits.Count(v => v.Value.Start > today) >= 2, "upcoming visits");
        var activities = (await store.QueryAsync(ActivitiesList.Records, ListQuery.WhereEquals(ActivitiesList.ActionPlan, current.Id), None)).Select(a => a.Value).ToList();
        Assert.True(activities.Count(a => a.IsOpen && a.FollowUpDue is { } due && due >= today && due <= today.AddDays(14)) >= 2, "follow-ups due within 14 days");
        Assert.Single(activities, a => a.IsOverdueOn(today));
        var reviews = await store.QueryAsync(ReviewCyclesList.Records, ListQuery.All, None);
        Assert.Single(reviews, r => r.Value.IsOpen && r.Value.Due >= today && r.Value.Due <= today.AddDays(30));
        var goal = Assert.Single(await store.QueryAsync(GoalsList.Records, ListQuery.WhereEquals(GoalsList.ActionPlan, current.Id), None));
        Assert.True(goal.Value.NextReviewDue > today);
    }

    [Fact]
    public async Task SeedAsyncYearsAfterTheHistorysPlan_LeavesOpenOnlyTheDeliberateExceptions()
    {
        var store = await ProvisionedStoreAsync();

        await Seeder(store).SeedAsync(None);

        var historyPlans = (await store.QueryAsync(ActionPlansList.Records, ListQuery.All, None)).Where(p => p.Value.PeriodEnd.Year == 2018).Select(p => p.Id).ToHashSet();
        var activities = (await store.QueryAsync(ActivitiesList.Records, ListQuery.All, None)).Select(a => a.Value).Where(a => a.ActionPlanId is { } plan && historyPlans.Contains(plan)).ToList();
        Assert.Equal(["Elev- och lärarutbyten med skolor i Guangzhou", "Erfarenhetsutbyte om biogas och avfallshantering"], activities.Where(a => a.IsOpen).Select(a => a.Title).Order(StringComparer.Ordinal));
        Assert.Contains(activities, a => a.IsCancelled);
        var reviews = (await store.QueryAsync(ReviewCyclesList.Records, ListQuery.All, None)).Select(r => r.Value).Where(r => r.Due.Year < 2019).ToList();
        Assert.All(reviews, r => Assert.False(r.IsOpen, $"{r.Title} ({r.Due}) is still open"));
    }

    public void Dispose() => folder.Dispose();
}
