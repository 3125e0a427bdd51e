using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// Date-only columns hold midnight of the date in the site's time zone, returned in UTC: 15 June on a Stockholm site
/// reads "…-06-14T22:00:00Z" (SharePoint/sp-dev-docs#9916, microsoftgraph/microsoft-graph-docs#13168). Writing UTC midnight
/// is another value, and an equality filter on it misses.
/// </summary>
public sealed class SiteTimeZoneDateTests : SharePointBehaviourTests
{

    private Task<Core.Schema.ListItem> DueAsync(DateOnly due) =>
        Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = $"Due {due:O}", ["Due"] = due }, None);

    private string StoredDue(int id) => (string)Server.SharePoint.FindList(TestLists.Things)!.Items[id].Fields["Due"]!;

    [Theory]
    [InlineData(2026, 6, 15, "2026-06-14T22:00:00Z")]
    [InlineData(2026, 1, 15, "2026-01-14T23:00:00Z")]
    public async Task CreateAsyncDateOnAStockholmSite_IsStoredAsLocalMidnightInUtcSpDevDocs9916(int year, int month, int day, string stored)
    {
        var item = await DueAsync(new DateOnly(year, month, day));

        Assert.Equal(stored, StoredDue(item.Id));
        Assert.Equal(new DateOnly(year, month, day), (await Store.GetAsync(TestLists.Things, item.Id, None)).Date("Due"));
    }

    [Fact]
    public async Task QueryAsyncEqualToADate_FindsTheItemStoredAtLocalMidnight()
    {
        var item = await DueAsync(new DateOnly(2026, 6, 15));
        await DueAsync(new DateOnly(2026, 6, 16));

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Due", new DateOnly(2026, 6, 15)), None);

        Assert.Equal([item.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryAsyncBeforeADate_LeavesOutItemsDueThatDay()
    {
        var yesterday = await DueAsync(new DateOnly(2026, 6, 14));
        await DueAsync(new DateOnly(2026, 6, 15));

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.Where("Due", ComparisonOperator.LessThan, new DateOnly(2026, 6, 15)), None);

        Assert.Equal([yesterday.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryAsyncFromADateOn_IncludesItemsDueThatDay()
    {
        await DueAsync(new DateOnly(2026, 1, 14));
        var day = await DueAsync(new DateOnly(2026, 1, 15));

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.Where("Due", ComparisonOperator.GreaterOrEqual, new DateOnly(2026, 1, 15)), None);

        Assert.Equal([day.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task CreateAsyncOnASiteWestOfUtc_WritesAndReadsTheSameDate()
    {
        await using var newYork = await FakeGraphServer.StartAsync();
        newYork.SharePoint.SiteTimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var options = GraphTestStores.Options(newYork);
        options.SiteTimeZone = "America/New_York";
        var site = GraphTestStores.Open(newYork, options);
        await site.ProvisionAsync(TestLists.All, None);

        var item = await site.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "Midsommar", ["Due"] = new DateOnly(2026, 6, 19) }, None);

        Assert.Equal("2026-06-19T04:00:00Z", (string)newYork.SharePoint.FindList(TestLists.Things)!.Items[item.Id].Fields["Due"]!);
        Assert.Equal(new DateOnly(2026, 6, 19), (await site.GetAsync(TestLists.Things, item.Id, None)).Date("Due"));
        Assert.Single(await site.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Due", new DateOnly(2026, 6, 19)), None));
    }
}
