using Microsoft.Extensions.Logging.Abstractions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;
using PartnershipTeams.Lists.Tests.Sqlite;

namespace PartnershipTeams.Lists.Tests.Seeding;

public sealed class DemoDataSeederTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder folder = new();

    private async Task<SqliteListStore> ProvisionedStoreAsync()
    {
        var store = new SqliteListStore(Path.Combine(folder.Path, "lists.db"), TimeProvider.System);
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
    public async Task SeedAsync_OnAnEmptyStore_LoadsTheLinkopingPartnership()
    {
        var store = await ProvisionedStoreAsync();

        var created = await new DemoDataSeeder(store, NullLogger<DemoDataSeeder>.Instance).SeedAsync(None);

        var counts = await CountsAsync(store);
        Assert.Equal(created, counts.Values.Sum());
        Assert.Equal(2, counts["Partners"]);
        Assert.Equal(2, counts["ActionPlans"]);
        Assert.Equal(4, counts["Visits"]);
        var themes = (await store.QueryAsync("Activities", ListQuery.All, None)).Select(a => a.Text("Theme")).Distinct().Count();
        Assert.Equal(7, themes);
        var delegation = Assert.Single(await store.QueryAsync("Visits", ListQuery.WhereEquals("Start", new DateOnly(2014, 3, 10)), None));
        Assert.Equal("Ja", delegation.Text("DemocracyDialogue"));
        Assert.Single(await store.QueryAsync("ReviewCycles", ListQuery.WhereEquals("Due", new DateOnly(2016, 11, 30)), None));
    }

    [Fact]
    public async Task SeedAsync_Twice_ChangesNothingTheSecondTime()
    {
        var store = await ProvisionedStoreAsync();
        var seeder = new DemoDataSeeder(store, NullLogger<DemoDataSeeder>.Instance);
        await seeder.SeedAsync(None);
        var before = await CountsAsync(store);
        var token = (await store.GetChangesAsync("Activities", null, None)).NextToken;

        var createdAgain = await seeder.SeedAsync(None);

        Assert.Equal(0, createdAgain);
        Assert.Equal(before, await CountsAsync(store));
        Assert.Empty((await store.GetChangesAsync("Activities", token, None)).Changes);
    }

    public void Dispose() => folder.Dispose();
}
