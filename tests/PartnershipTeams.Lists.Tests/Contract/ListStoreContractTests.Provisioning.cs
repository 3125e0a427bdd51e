using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Tests.Contract;

public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task ProvisionAsyncTwice_KeepsItemsAndTheirETags()
    {
        var item = await CreateThingAsync("Survivor", code: "S-1");

        await Store.ProvisionAsync(TestLists.All, None);
        await Store.ProvisionAsync(TestLists.All, None);

        var read = await Store.GetAsync(TestLists.Things, item.Id, None);
        Assert.Equal(item.ETag, read.ETag);
        Assert.Equal("S-1", read.Text("Code"));
        await Assert.ThrowsAsync<DuplicateItemException>(() => CreateThingAsync("Copy", code: "S-1"));
    }

    [Fact]
    public async Task ProvisionAsyncWithoutAListTheStoreHolds_NamesItAndLeavesItAsItIs()
    {
        // A site upgraded from the first version still has its bookkeeping lists: they are reported, never touched.
        var item = await CreateThingAsync("Kept", code: "K-1");
        var restarted = await OpenStoreAsync();

        var others = await restarted.ProvisionAsync([TestLists.OthersSchema], None);

        Assert.Contains(TestLists.Things, others, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestLists.Others, others, StringComparer.OrdinalIgnoreCase);
        await restarted.ProvisionAsync(TestLists.All, None);
        Assert.Equal("K-1", (await restarted.GetAsync(TestLists.Things, item.Id, None)).Text("Code"));
    }

    [Fact]
    public async Task ProvisionAsyncWithANewColumn_AddsItAndKeepsExistingData()
    {
        var item = await CreateThingAsync("Existing", owner: "kept@linkoping.se");
        var extended = new ListSchema(TestLists.Things, "Saker", "Things",
            [.. TestLists.ThingsSchema.Columns, new ColumnDefinition("Region", ColumnType.Text, "Region", "Region") { Indexed = true }]);

        var restarted = await OpenStoreAsync();
        await restarted.ProvisionAsync([extended, TestLists.OthersSchema], None);
        var updated = await restarted.UpdateAsync(TestLists.Things, item.Id, Fields(("Region", "Guangdong")), item.ETag, None);

        Assert.Equal("kept@linkoping.se", updated.Text("Owner"));
        Assert.Equal("Guangdong", updated.Text("Region"));
        Assert.Single(await restarted.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Region", "Guangdong"), None));
    }

    [Fact]
    public async Task ProvisionAsyncWithAChangedColumnType_ThrowsSchemaDriftAndChangesNothing()
    {
        var item = await Store.CreateAsync(TestLists.Things, Fields(("Title", "Typed"), ("Amount", 5)), None);
        var drifted = new ListSchema(TestLists.Things, "Saker", "Things",
            [.. TestLists.ThingsSchema.Columns.Select(c => c.Name == "Amount" ? c with { Type = ColumnType.Text } : c)]);

        var restarted = await OpenStoreAsync();
        await Assert.ThrowsAsync<SchemaDriftException>(() => restarted.ProvisionAsync([drifted], None));

        await restarted.ProvisionAsync(TestLists.All, None);
        Assert.Equal(5, (await restarted.GetAsync(TestLists.Things, item.Id, None)).Number("Amount"));
    }

    [Fact]
    public async Task ProvisionAsyncEveryProductList_CanBeWrittenAndRead()
    {
        await Store.ProvisionAsync(PartnershipLists.All, None);

        var partner = await Store.CreateAsync("Partners", Fields(("Title", "Guangzhou"), ("Kind", "systerort")), None);

        Assert.Equal("systerort", (await Store.GetAsync("Partners", partner.Id, None)).Text("Kind"));
    }

    [Fact]
    public async Task CheckHealthAsyncOnAWorkingStore_IsReachableAndNamesItsKind()
    {
        var health = await Store.CheckHealthAsync(None);

        Assert.True(health.Reachable);
        Assert.Equal(Store.Kind, health.Kind);
    }
}
