using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.Graph;

/// <summary>What the SharePoint adapter does beyond the contract: paging, delta, $batch, throttling, faults.</summary>
public sealed class GraphListStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private FakeGraphServer server = null!;
    private GraphListStore store = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync();
        store = GraphTestStores.Open(server);
        await store.ProvisionAsync(TestLists.All, None);
        server.ResetCounts();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static Dictionary<string, object?> Thing(string title, string? owner = null) => new() { ["Title"] = title, ["Owner"] = owner };

    private async Task CreateThingsAsync(int count, string? owner = null)
    {
        var results = await store.CreateManyAsync(TestLists.Things, [.. Enumerable.Range(0, count).Select(i => (IReadOnlyDictionary<string, object?>)Thing($"Item {i}", owner))], None);
        Assert.All(results, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task QueryAsyncOverSeveralPages_FollowsNextLinksAndReturnsEveryMatch()
    {
        server.SharePoint.PageSize = 5;
        await CreateThingsAsync(12, owner: "same@linkoping.se");
        server.ResetCounts();

        var found = await store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Owner", "same@linkoping.se"), None);

        Assert.Equal(12, found.Count);
        Assert.Equal(12, found.Select(i => i.Id).Distinct().Count());
        Assert.Equal(3, server.Count("items.get"));
    }

    [Fact]
    public async Task GetChangesAsyncDeltaOverSeveralPages_ReturnsEveryChangeAndAWorkingToken()
    {
        server.SharePoint.PageSize = 5;
        await CreateThingsAsync(12);

        var all = await store.GetChangesAsync(TestLists.Things, null, None);
        var item = await store.CreateAsync(TestLists.Things, Thing("Later"), None);
        var next = await store.GetChangesAsync(TestLists.Things, all.NextToken, None);

        Assert.Equal(12, all.Changes.Count);
        Assert.Equal([item.Id], next.Changes.Select(c => c.Id));
    }

    [Fact]
    public async Task CreateManyAsync200Items_SendsTenBatchRequests()
    {
        await CreateThingsAsync(200);

        Assert.Equal(10, server.Count("batch"));
        Assert.Equal(200, server.Count("batch.step"));
        Assert.Equal(200, (await store.QueryAsync(TestLists.Things, ListQuery.All, None)).Count);
    }

    [Fact]
    public async Task CreateManyAsyncWithAThrottledStep_SendsItAgainAndStoresEveryItemOnce()
    {
        server.Inject(new GraphFault("batch.step", GraphFaultKind.TooManyRequests, Times: 2));

        await CreateThingsAsync(5);

        Assert.Equal(2, server.Count("batch"));
        Assert.Equal(5, (await store.QueryAsync(TestLists.Things, ListQuery.All, None)).Count);
    }

    [Fact]
    public async Task CreateAsyncThrottledTwice_WaitsAndSucceedsOnce()
    {
        server.Inject(new GraphFault("items.post", GraphFaultKind.TooManyRequests, Times: 2, RetryAfterSeconds: 1));

        var item = await store.CreateAsync(TestLists.Things, Thing("Patient"), None);

        Assert.Equal("Patient", item.Text("Title"));
        Assert.Equal(3, server.Count("items.post"));
        Assert.Single(await store.QueryAsync(TestLists.Things, ListQuery.All, None));
    }

    [Fact]
    public async Task GetAsyncServiceUnavailableOnce_Recovers()
    {
        var item = await store.CreateAsync(TestLists.Things, Thing("Back soon"), None);
        server.Inject(new GraphFault("item.get", GraphFaultKind.ServiceUnavailable));

        var read = await store.GetAsync(TestLists.Things, item.Id, None);

        Assert.Equal(item.ETag, read.ETag);
    }

    [Fact]
    public async Task CreateAsyncThrottledBeyondTheRetryBound_GivesUpWithUnavailable()
    {
        server.Inject(new GraphFault("items.post", GraphFaultKind.TooManyRequests, Times: 20, RetryAfterSeconds: 1));

        await Assert.ThrowsAsync<ListStoreUnavailableException>(() => store.CreateAsync(TestLists.Things, Thing("Never"), None));

        Assert.Equal(1 + GraphTestStores.Options(server).MaxRetries, server.Count("items.post"));
    }

    [Fact]
    public async Task GetChangesAsyncWithAnExpiredToken_ResyncsEverythingAndSaysSo()
    {
        await CreateThingsAsync(3);
        var token = (await store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        await CreateThingsAsync(1);
        server.SharePoint.ExpireDeltaTokens();

        var changes = await store.GetChangesAsync(TestLists.Things, token, None);

        Assert.True(changes.IsFullResync);
        Assert.Equal(4, changes.Changes.Count);
    }

    [Fact]
    public async Task GetAsyncWhenTheConnectionIsReset_ThrowsUnavailable()
    {
        var item = await store.CreateAsync(TestLists.Things, Thing("Reset"), None);
        server.Inject(new GraphFault("item.get", GraphFaultKind.ConnectionReset));

        await Assert.ThrowsAsync<ListStoreUnavailableException>(() => store.GetAsync(TestLists.Things, item.Id, None));

        Assert.Equal("Reset", (await store.GetAsync(TestLists.Things, item.Id, None)).Text("Title"));
    }

    [Fact]
    public async Task GetAsyncSlowServerAndCancelledCaller_StopsWaiting()
    {
        var item = await store.CreateAsync(TestLists.Things, Thing("Slow"), None);
        server.Inject(new GraphFault("item.get", GraphFaultKind.Slow, Delay: TimeSpan.FromSeconds(30)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetAsync(TestLists.Things, item.Id, cancellation.Token));
    }

    [Fact]
    public async Task CheckHealthAsync_NamesSharePointAndTheSite()
    {
        var health = await store.CheckHealthAsync(None);

        Assert.True(health.Reachable);
        Assert.Equal(StoreKind.SharePoint, health.Kind);
        Assert.Equal(GraphTestStores.SiteUrl, health.Location);
    }

    [Fact]
    public async Task CheckHealthAsyncWhenGraphIsDown_IsUnreachable()
    {
        var unreachable = GraphTestStores.Open(server);
        await server.DisposeAsync();

        var health = await unreachable.CheckHealthAsync(None);

        Assert.False(health.Reachable);
    }

    [Fact]
    public async Task ProvisionAsyncOverAChoiceColumnOfAnEarlierVersion_AddsTheNewChoicesBesideTheOld()
    {
        // The first version stored English names ("OnTrack"); the register now stores Swedish words ("Enligt plan").
        var things = TestLists.ThingsSchema;
        var renamed = new ListSchema(things.Name, things.TitleSv, things.TitleEn, [.. things.Columns.Select(c => c.Name == "Category" ? c with { Choices = ["A", "Enligt plan", "Uppnått"] } : c)]);

        await store.ProvisionAsync([renamed, TestLists.OthersSchema], None);

        var choices = server.SharePoint.FindList(TestLists.Things)!.Column("Category")!["choice"]!["choices"]!.AsArray().Select(c => (string)c!).ToList();
        Assert.Equal(["A", "B", "C", "Enligt plan", "Uppnått"], choices);
    }
}
