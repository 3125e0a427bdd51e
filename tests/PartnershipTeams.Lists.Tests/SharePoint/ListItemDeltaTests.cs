using System.Net;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// The list items delta as Graph serves it (microsoft-graph-docs-contrib, api-reference/v1.0/api/listitem-delta.md): the
/// same item more than once, deletions as {id, deleted}, an error entry where a deletion should be
/// (microsoftgraph/msgraph-sdk-typescript#544), and 410 Gone with a Location to start over from.
/// </summary>
public sealed class ListItemDeltaTests : SharePointBehaviourTests
{

    private Task<Core.Schema.ListItem> ThingAsync(string title) =>
        Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = title }, None);

    [Fact]
    public async Task GetChangesAsyncItemHandedOutTwice_KeepsItsLastOccurrence()
    {
        var item = await ThingAsync("Before");
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        await Store.UpdateAsync(TestLists.Things, item.Id, new Dictionary<string, object?> { ["Title"] = "After" }, item.ETag, None);
        Server.SharePoint.DeltaRepeatsItems = true;

        var changes = await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.Equal("After", Assert.Single(changes.Changes).Item!.Text("Title"));
    }

    [Fact]
    public async Task GetChangesAsyncErrorEntryInPlaceOfADeletion_SkipsItAndReturnsTheOtherChanges()
    {
        var doomed = await ThingAsync("Doomed");
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        await Store.DeleteAsync(TestLists.Things, doomed.Id, doomed.ETag, None);
        var added = await ThingAsync("Added");
        Server.SharePoint.DeltaErrorInsteadOfDeletion = true;

        var changes = await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.Equal([added.Id], changes.Changes.Select(c => c.Id));
    }

    [Fact]
    public async Task GetChangesAsyncTokenGone410_StartsOverFromTheLocationGraphGives()
    {
        await ThingAsync("One");
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        await ThingAsync("Two");
        Server.SharePoint.ExpireDeltaTokens();

        var changes = await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.True(changes.IsFullResync);
        Assert.Equal(2, changes.Changes.Count);
        Assert.Equal(1, Server.SharePoint.ResyncRestarts);
    }

    [Fact]
    public async Task FakeGraphDeltaFunctionWithTheTokenInParentheses_Answers404MsGraphSdkDotnet2734()
    {
        using var raw = new RawGraph(Server);

        var response = await raw.GetAsync($"{raw.ItemsUrl(TestLists.Things)}/delta(token='1')");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetChangesAsyncWithTheStoredDeltaLink_CostsOneResourceUnitPerPage()
    {
        await ThingAsync("One");
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        await ThingAsync("Two");
        Server.ResetCounts();

        await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.Equal(1, Server.Count("delta"));
        Assert.Equal(1, Server.ResourceUnits.Total);
    }
}
