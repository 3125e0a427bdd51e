using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// Lookups are written as "{Name}LookupId" holding the item id (several with "@odata.type": "Collection(Edm.Int32)"),
/// read back as "{Name}LookupId" (text, as Graph sends it) with the shown value beside it, and filtered by the id,
/// never by the shown value (microsoft-graph-docs-contrib#7724 and #694, microsoft-graph-docs#2351).
/// </summary>
public sealed class LookupColumnTests : SharePointBehaviourTests
{
    [Fact]
    public async Task FakeGraphLookupWrittenByItsShownName_IsRefused()
    {
        var response = await Raw.CreateAsync(TestLists.Things, new JsonObject { ["Title"] = "Child", ["Parent"] = "Parent" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FakeGraphLookupIdWrittenAsText_IsRefused()
    {
        var parent = await Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "Parent" }, None);

        var response = await Raw.CreateAsync(TestLists.Things, new JsonObject { ["Title"] = "Child", ["ParentLookupId"] = parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FakeGraphLookupRead_CarriesTheIdAsTextAndTheShownValue()
    {
        var parent = await Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "Förälder" }, None);
        var created = await Raw.CreateAsync(TestLists.Things, new JsonObject { ["Title"] = "Child", ["ParentLookupId"] = parent.Id });

        var fields = (await RawGraph.BodyAsync(created))["fields"]!;

        Assert.Equal(parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)fields["ParentLookupId"]);
        Assert.Equal("Förälder", (string?)fields["Parent"]);
    }

    [Fact]
    public async Task FakeGraphFilterOnTheShownValueOfALookup_IsRefused()
    {
        var response = await Raw.GetAsync($"{Raw.ItemsUrl(TestLists.Things)}?$filter=fields/Parent eq 'Förälder'");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FakeGraphMultiValueLookup_TakesIdsOnlyAsCollectionOfInt32()
    {
        var things = Server.SharePoint.FindList(TestLists.Things)!;
        var columns = Raw.ItemsUrl(TestLists.Things).Replace("/items", "/columns", StringComparison.Ordinal);
        await Raw.PostAsync(columns, new JsonObject { ["name"] = "Related", ["lookup"] = new JsonObject { ["listId"] = things.Id, ["columnName"] = "Title", ["allowMultipleValues"] = true } });
        var a = await Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "A" }, None);
        var b = await Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "B" }, None);

        var untyped = await Raw.CreateAsync(TestLists.Things, new JsonObject { ["Title"] = "Untyped", ["RelatedLookupId"] = new JsonArray(a.Id, b.Id) });
        var typed = await Raw.CreateAsync(TestLists.Things, new JsonObject { ["Title"] = "Typed", ["RelatedLookupId@odata.type"] = "Collection(Edm.Int32)", ["RelatedLookupId"] = new JsonArray(a.Id, b.Id) });

        Assert.Equal(HttpStatusCode.BadRequest, untyped.StatusCode);
        Assert.Equal(HttpStatusCode.Created, typed.StatusCode);
        Assert.Equal(["A", "B"], (await RawGraph.BodyAsync(typed))["fields"]!["Related"]!.AsArray().Select(v => (string?)v!["LookupValue"]));
    }

    [Fact]
    public async Task QueryAsyncByLookup_FiltersByTheLookupId()
    {
        var parent = await Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "Parent" }, None);
        var child = await Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "Child", ["Parent"] = parent.Id }, None);

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Parent", parent.Id), None);

        Assert.Equal([child.Id], found.Select(i => i.Id));
        Assert.Equal(parent.Id, found[0].LookupId("Parent"));
    }
}
