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
public sealed class UniqueColumnViolationTests : SharePointBehaviourTests
{

    private Task<Core.Schema.ListItem> CodeAsync(string code) =>
        Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = code, ["Code"] = code }, None);

    [Theory]
    [InlineData(500)]
    [InlineData(400)]
    [InlineData(409)]
    public async Task CreateAsyncAnsweredWithSPDuplicateValuesFoundException_ThrowsDuplicateWhateverTheStatus(int status)
    {
        Server.SharePoint.DuplicateStatus = status;
        await CodeAsync("GZ-1");

        await Assert.ThrowsAsync<DuplicateItemException>(() => CodeAsync("GZ-1"));
        Assert.Single(Server.SharePoint.FindList(TestLists.Things)!.Items);
    }

    [Fact]
    public async Task CreateAsyncBareServerErrorWhileTheValueIsTaken_ConfirmsByQueryingTheUniqueColumn()
    {
        await CodeAsync("GZ-2");
        Server.Inject(new GraphFault("items.post", GraphFaultKind.ServerError));
        Server.ResetCounts();

        await Assert.ThrowsAsync<DuplicateItemException>(() => CodeAsync("GZ-2"));
        Assert.Equal(1, Server.Count("items.get"));
    }

    [Fact]
    public async Task CreateAsyncBareServerErrorAndTheValueIsFree_ThrowsUnavailableToTryAgain()
    {
        Server.Inject(new GraphFault("items.post", GraphFaultKind.ServerError));

        await Assert.ThrowsAsync<ListStoreUnavailableException>(() => CodeAsync("GZ-3"));
        Assert.Empty(await Store.QueryAsync(TestLists.Things, ListQuery.All, None));
    }

    [Fact]
    public async Task UpdateAsyncToATakenUniqueValue_AnsweredWith500ThrowsDuplicate()
    {
        await CodeAsync("GZ-4");
        var other = await CodeAsync("GZ-5");

        await Assert.ThrowsAsync<DuplicateItemException>(() => Store.UpdateAsync(TestLists.Things, other.Id, new Dictionary<string, object?> { ["Code"] = "GZ-4" }, other.ETag, None));
    }
}
