using Microsoft.Extensions.Logging;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// The lists managers browse carry Swedish titles over stable English URLs, and open on a few views worth having. Graph
/// takes only a display name at creation and makes the URL of it (OneDrive/onedrive-api-docs#645), and v1.0 can neither
/// rename a list nor create views, so those two steps go through the SharePoint REST API
/// (pnp/cli-microsoft365, src/m365/spo/commands/list/list-view-add.ts).
/// </summary>
public sealed class ManagerListsTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private FakeGraphServer server = null!;
    private GraphListStore store = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync();
        store = GraphTestStores.Open(server);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task ProvisionAsyncEveryList_ShowsItsSwedishTitleOverAnEnglishUrl()
    {
        await store.ProvisionAsync(PartnershipLists.All, None);

        Assert.All(PartnershipLists.All, schema =>
        {
            var list = server.SharePoint.FindList(schema.Name)!;
            Assert.Equal((schema.Name, schema.TitleSv), (list.Name, list.DisplayName));
        });
    }

    [Fact]
    public async Task ProvisionAsync_CreatesTheManagersViews()
    {
        await store.ProvisionAsync(PartnershipLists.All, None);

        Assert.Equal(["Försenade uppföljningar", "Per tematiskt område"], server.SharePoint.FindList(ActivitiesList.Name)!.Views.Keys.Order());
        Assert.Equal(["Kommande besök"], server.SharePoint.FindList(VisitsList.Name)!.Views.Keys);
        Assert.Equal(["Mål per status"], server.SharePoint.FindList(GoalsList.Name)!.Views.Keys);
    }

    [Fact]
    public async Task ProvisionAsyncTwice_AddsNoViewTwiceAndRenamesNothingAgain()
    {
        await store.ProvisionAsync(PartnershipLists.All, None);
        server.ResetCounts();

        await store.ProvisionAsync(PartnershipLists.All, None);

        Assert.Equal(0, server.Count("rest.views.add"));
        Assert.Equal(0, server.Count("rest.list.merge"));
        Assert.Equal(2, server.SharePoint.FindList(ActivitiesList.Name)!.Views.Count);
    }

    [Fact]
    public async Task ProvisionAsyncListCreatedEarlierWithAnEnglishTitle_GetsItsSwedishTitleAndKeepsItsUrl()
    {
        var options = GraphTestStores.Options(server);
        var withoutRest = new GraphListStore(GraphClientBuilder.Build(options, new PartnershipTeams.TestSupport.StaticTokenCredential()), options);
        await withoutRest.ProvisionAsync(PartnershipLists.All, None);
        Assert.Equal("Activities", server.SharePoint.FindList(ActivitiesList.Name)!.DisplayName);

        await store.ProvisionAsync(PartnershipLists.All, None);

        Assert.Equal(("Activities", "Aktiviteter"), (server.SharePoint.FindList(ActivitiesList.Name)!.Name, server.SharePoint.FindList(ActivitiesList.Name)!.DisplayName));
    }

    [Fact]
    public void ManagerViews_FilterOrderAndGroupOnlyByIndexedColumns()
    {
        foreach (var view in ManagerViews.All)
        {
            var schema = PartnershipLists.Find(view.List)!;
            var used = System.Text.RegularExpressions.Regex.Matches(view.Query, "Name=\"([^\"]+)\"").Select(m => m.Groups[1].Value);

            Assert.All(used, name => Assert.True(schema.FindColumn(name)?.IsQueryable, $"{view.List}/{view.Title}: {name} is not indexed"));
            Assert.All(view.Fields.Where(f => f != "LinkTitle"), name => Assert.NotNull(schema.FindColumn(name)));
        }
    }

    [Fact]
    public async Task ProvisionAsyncWhenTheRestApiFails_ProvisionsTheListsAndWarnsForEach()
    {
        using var log = new PartnershipTeams.TestSupport.Logging.LogRecorder();
        using var logging = LoggerFactory.Create(b => b.AddProvider(log));
        var options = GraphTestStores.Options(server);
        var credential = new PartnershipTeams.TestSupport.StaticTokenCredential();
        var pacer = new RequestPacer(TimeProvider.System);
        var logged = new GraphListStore(
            GraphClientBuilder.Build(options, credential, pacer: pacer),
            options,
            SharePointRestClient.Create(options, credential, pacer, TimeProvider.System),
            logging.CreateLogger<GraphListStore>());
        server.Inject(new GraphFault("rest.list.merge", GraphFaultKind.ServerError, Times: PartnershipLists.All.Count));

        await logged.ProvisionAsync(PartnershipLists.All, None);

        Assert.All(PartnershipLists.All, schema => Assert.Equal(schema.Name, server.SharePoint.FindList(schema.Name)!.DisplayName));
        Assert.Equal(PartnershipLists.All.Count, log.AtLeast(LogLevel.Warning).Count);
    }
}
