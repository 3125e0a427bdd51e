using System.Net;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// Throttling in resource units, as "Avoid getting throttled or blocked in SharePoint Online" describes it
/// (learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online)
/// and the SharePoint team's RateLimit headers post (devblogs.microsoft.com/microsoft365dev, "Prevent throttling in your
/// application by using RateLimit headers in SharePoint Online").
/// </summary>
public sealed class ResourceUnitThrottlingTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private FakeGraphServer server = null!;
    private GraphListStore store = null!;
    private RawGraph raw = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync(clock);
        store = GraphTestStores.Open(server);
        raw = new RawGraph(server);
        await store.ProvisionAsync(TestLists.All, None);
        server.ResetCounts();
    }

    public async Task DisposeAsync()
    {
        raw.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task CostsSingleItemAndDeltaWithTokenOne_QueriesAndWritesTwo()
    {
        var item = await store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "A" }, None);
        var token = (await store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        server.ResetCounts();

        await store.GetAsync(TestLists.Things, item.Id, None);
        var single = server.ResourceUnits.Total;
        await store.GetChangesAsync(TestLists.Things, token, None);
        var delta = server.ResourceUnits.Total - single;
        await store.QueryAsync(TestLists.Things, ListQuery.All, None);
        var query = server.ResourceUnits.Total - single - delta;
        await store.CreateManyAsync(TestLists.Things, [new Dictionary<string, object?> { ["Title"] = "B" }, new Dictionary<string, object?> { ["Title"] = "C" }], None);
        var batchOfTwo = server.ResourceUnits.Total - single - delta - query;

        Assert.Equal((1, 1, 2, 4), (single, delta, query, batchOfTwo));
    }

    [Fact]
    public async Task FakeGraphPastEightyPercentOfTheBudget_AnswersWithRateLimitHeaders()
    {
        server.ResourceUnits.BudgetPerMinute = 10;
        var url = raw.ItemsUrl(TestLists.Things);

        var calm = await raw.GetAsync(url);
        await raw.GetAsync(url);
        await raw.GetAsync(url);
        clock.Advance(TimeSpan.FromSeconds(15));
        var busy = await raw.GetAsync(url);

        Assert.Null(RawGraph.Header(calm, "RateLimit-Remaining"));
        Assert.Equal(("10", "2", "45"), (RawGraph.Header(busy, "RateLimit-Limit"), RawGraph.Header(busy, "RateLimit-Remaining"), RawGraph.Header(busy, "RateLimit-Reset")));
    }

    [Fact]
    public async Task FakeGraphOverTheBudget_Answers429WithRetryAfterUntilTheMinuteEnds()
    {
        server.ResourceUnits.BudgetPerMinute = 4;
        var url = raw.ItemsUrl(TestLists.Things);
        await raw.GetAsync(url);
        await raw.GetAsync(url);
        clock.Advance(TimeSpan.FromSeconds(20));

        var throttled = await raw.GetAsync(url);
        clock.Advance(TimeSpan.FromSeconds(40));
        var next = await raw.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("40", RawGraph.Header(throttled, "Retry-After"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(1, server.ResourceUnits.Throttled);
    }

    [Fact]
    public async Task AnyCall_SendsTheNonIsvUserAgentWithOrganisationAndVersion()
    {
        await store.QueryAsync(TestLists.Things, ListQuery.All, None);

        Assert.Contains(server.UserAgents, ua => ua.StartsWith("NONISV|", StringComparison.Ordinal) && ua.Contains("|PartnershipTeams/", StringComparison.Ordinal));
    }
}
