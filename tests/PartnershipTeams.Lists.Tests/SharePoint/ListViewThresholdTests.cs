using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// The 5,000-item list view threshold: a filter or order on a column without an index is refused unless the Prefer
/// header allows it (microsoft-graph-docs#2351) and fails anyway on a larger list; on a larger list even an indexed
/// filter fails when its first condition matches more than 5,000 items (pnp/pnpjs#3149, SharePoint/sp-dev-docs#7149,
/// microsoftgraph/msgraph-sdk-dotnet#827).
/// </summary>
public sealed class ListViewThresholdTests : SharePointBehaviourTests
{
    /// <summary>Fills Things past the threshold: every item owned by one person, a few due on their own day.</summary>
    private void SeedPastTheThreshold(int count = 5_001) =>
        Server.SharePoint.Seed(TestLists.Things, Enumerable.Range(0, count).Select(i => new JsonObject
        {
            ["Title"] = $"Item {i}",
            ["Owner"] = "same@linkoping.se",
            ["Free"] = "x",
            ["Due"] = i < 3 ? "2026-06-15T00:00:00Z" : "2020-01-01T00:00:00Z",
        }));

    [Fact]
    public async Task FakeGraphFilterOnAColumnWithoutIndex_Is400NamingThePreferHeader()
    {
        var response = await Raw.GetAsync($"{Raw.ItemsUrl(TestLists.Things)}?$filter=fields/Free eq 'x'");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Prefer: HonorNonIndexedQueriesWarningMayFailRandomly", (string?)(await RawGraph.BodyAsync(response))["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeGraphFilterWithoutIndexAndPreferHeader_WorksOnASmallListOnly()
    {
        var url = $"{Raw.ItemsUrl(TestLists.Things)}?$filter=fields/Free eq 'x'";
        var small = await Raw.GetAsync(url, FakeSharePoint.HonorNonIndexed);
        SeedPastTheThreshold();

        var large = await Raw.GetAsync(url, FakeSharePoint.HonorNonIndexed);

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Contains("list view threshold", (string?)(await RawGraph.BodyAsync(large))["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeGraphIndexedFilterWhoseFirstConditionMatchesTooMany_FailsOnALargeList()
    {
        SeedPastTheThreshold();

        var broad = await Raw.GetAsync($"{Raw.ItemsUrl(TestLists.Things)}?$filter=fields/Owner eq 'same@linkoping.se' and fields/Due ge '2026-06-14T22:00:00Z'");
        var narrow = await Raw.GetAsync($"{Raw.ItemsUrl(TestLists.Things)}?$filter=fields/Due ge '2026-06-14T22:00:00Z' and fields/Owner eq 'same@linkoping.se'");

        Assert.Equal(HttpStatusCode.InternalServerError, broad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, narrow.StatusCode);
        Assert.Equal(3, (await RawGraph.BodyAsync(narrow))["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task QueryAsyncFirstConditionMatchingPastTheThreshold_ThrowsQueryTooBroad()
    {
        SeedPastTheThreshold();

        await Assert.ThrowsAsync<QueryTooBroadException>(() => Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Owner", "same@linkoping.se"), None));
    }

    [Fact]
    public async Task QueryAsyncNarrowDateWindowOnALargeList_ReturnsTheMatches()
    {
        SeedPastTheThreshold();

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.Where("Due", ComparisonOperator.GreaterOrEqual, new DateOnly(2026, 6, 1)).And("Owner", ComparisonOperator.Equal, "same@linkoping.se"), None);

        Assert.Equal(3, found.Count);
    }

    [Fact]
    public async Task ReadingEveryItemOfALargeListWithoutFilter_IsAllowed()
    {
        SeedPastTheThreshold();

        Assert.Equal(5_001, (await Store.QueryAsync(TestLists.Things, ListQuery.All, None)).Count);
    }
}
