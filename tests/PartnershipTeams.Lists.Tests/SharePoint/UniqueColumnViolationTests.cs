using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// A create that breaks a unique column: Graph documents no answer; SharePoint sends a server error carrying
/// SPDuplicateValuesFoundException, "duplicate values were found" (pnp/PnP-Sites-Core#608, nittygritty-uk/Atvero-Issues#135).
/// The adapter knows it by its content, whatever the status, and asks the unique column when the answer says nothing.
/// </summary>
public sealed class UniqueColumnViolationTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private FakeGraphServer server = null!;
    private GraphListStore store = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync();
        store = GraphTestStores.Open(server);
        await store.ProvisionAsync(TestLists.All, None);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private Task<Core.Schema.ListItem> CodeAsync(string code) =>
        store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = code, ["Code"] = code }, None);

    [Theory]
    [InlineData(500)]
    [InlineData(400)]
    [InlineData(409)]
    public async Task CreateAsyncAnsweredWithSPDuplicateValuesFoundException_ThrowsDuplicateWhateverTheStatus(int status)
    {
        server.SharePoint.DuplicateStatus = status;
        await CodeAsync("GZ-1");

        await Assert.ThrowsAsync<DuplicateItemException>(() => CodeAsync("GZ-1"));
        Assert.Single(server.SharePoint.FindList(TestLists.Things)!.Items);
    }

    [Fact]
    public async Task CreateAsyncBareServerErrorWhileTheValueIsTaken_ConfirmsByQueryingTheUniqueColumn()
    {
        await CodeAsync("GZ-2");
        server.Inject(new GraphFault("items.post", GraphFaultKind.ServerError));
        server.ResetCounts();

        await Assert.ThrowsAsync<DuplicateItemException>(() => CodeAsync("GZ-2"));
        Assert.Equal(1, server.Count("items.get"));
    }

    [Fact]
    public async Task CreateAsyncBareServerErrorAndTheValueIsFree_ThrowsUnavailableToTryAgain()
    {
        server.Inject(new GraphFault("items.post", GraphFaultKind.ServerError));

        await Assert.ThrowsAsync<ListStoreUnavailableException>(() => CodeAsync("GZ-3"));
        Assert.Empty(await store.QueryAsync(TestLists.Things, ListQuery.All, None));
    }

    [Fact]
    public async Task UpdateAsyncToATakenUniqueValue_AnsweredWith500ThrowsDuplicate()
    {
        await CodeAsync("GZ-4");
        var other = await CodeAsync("GZ-5");

        await Assert.ThrowsAsync<DuplicateItemException>(() => store.UpdateAsync(TestLists.Things, other.Id, new Dictionary<string, object?> { ["Code"] = "GZ-4" }, other.ETag, None));
    }
}
