using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Tests.Contract;

public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task UpdateAsyncWithCurrentETag_ChangesOnlyTheGivenFieldsAndTheETag()
    {
        var item = await Store.CreateAsync(TestLists.Things, Fields(("Title", "Plan"), ("Owner", "a@linkoping.se"), ("Amount", 10)), None);

        var updated = await Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Amount", 20)), item.ETag, None);

        Assert.Equal(20, updated.Number("Amount"));
        Assert.Equal("Plan", updated.Text("Title"));
        Assert.Equal("a@linkoping.se", updated.Text("Owner"));
        Assert.NotEqual(item.ETag, updated.ETag);
        Assert.Equal(updated, await Store.GetAsync(TestLists.Things, item.Id, None), ListItemComparer.Instance);
    }

    [Fact]
    public async Task UpdateAsyncSecondWriterWithStaleETag_ThrowsConflictAndTheFirstWriteStays()
    {
        var item = await CreateThingAsync("Shared");
        var otherProcess = await OpenStoreAsync();
        await otherProcess.ProvisionAsync(TestLists.All, None);

        await Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Owner", "first@linkoping.se")), item.ETag, None);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => otherProcess.UpdateAsync(TestLists.Things, item.Id, Fields(("Owner", "second@linkoping.se")), item.ETag, None));

        Assert.Equal("first@linkoping.se", (await Store.GetAsync(TestLists.Things, item.Id, None)).Text("Owner"));
    }

    [Fact]
    public async Task UpdateAsyncManyConcurrentWritersWithTheSameETag_ExactlyOneWins()
    {
        var item = await CreateThingAsync("Contended");

        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Owner", $"writer{i}@linkoping.se")), item.ETag, None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task UpdateAsyncWithWildcardETag_Overwrites()
    {
        var item = await CreateThingAsync("Any");
        await Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Owner", "x@linkoping.se")), item.ETag, None);

        var updated = await Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Owner", "y@linkoping.se")), "*", None);

        Assert.Equal("y@linkoping.se", updated.Text("Owner"));
    }

    [Fact]
    public async Task UpdateAsyncMissingItem_ThrowsItemNotFound()
    {
        await Assert.ThrowsAsync<ItemNotFoundException>(() => Store.UpdateAsync(TestLists.Things, 424_242, Fields(("Owner", "x@linkoping.se")), "*", None));
    }

    [Fact]
    public async Task UpdateAsyncClearingARequiredColumn_ThrowsInvalidFieldValueAndKeepsTheValue()
    {
        var item = await CreateThingAsync("Needed");

        await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Title", null)), item.ETag, None));

        Assert.Equal("Needed", (await Store.GetAsync(TestLists.Things, item.Id, None)).Text("Title"));
    }

    [Fact]
    public async Task CreateAsyncWithDuplicateUniqueValue_ThrowsDuplicateAndStoresOnlyOne()
    {
        await CreateThingAsync("Visit report", code: "submission-1");

        await Assert.ThrowsAsync<DuplicateItemException>(() => CreateThingAsync("Visit report, retried", code: "submission-1"));

        Assert.Single(await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Code", "submission-1"), None));
    }

    [Fact]
    public async Task CreateAsyncSameUniqueValueFromConcurrentWriters_StoresExactlyOne()
    {
        var writers = Enumerable.Range(0, 6).Select(async i =>
        {
            try
            {
                await CreateThingAsync($"Double click {i}", code: "double-click");
                return true;
            }
            catch (DuplicateItemException)
            {
                return false;
            }
        });

        var outcomes = await Task.WhenAll(writers);

        Assert.Single(outcomes, stored => stored);
        Assert.Single(await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Code", "double-click"), None));
    }

    [Fact]
    public async Task CreateAsyncUniqueValueDifferingOnlyInCase_ThrowsDuplicate()
    {
        await CreateThingAsync("One", code: "ABC-1");

        await Assert.ThrowsAsync<DuplicateItemException>(() => CreateThingAsync("Two", code: "abc-1"));
    }

    [Fact]
    public async Task UpdateAsyncToAnotherItemsUniqueValue_ThrowsDuplicateAndKeepsBoth()
    {
        await CreateThingAsync("One", code: "K1");
        var second = await CreateThingAsync("Two", code: "K2");

        await Assert.ThrowsAsync<DuplicateItemException>(() => Store.UpdateAsync(TestLists.Things, second.Id, Fields(("Code", "K1")), second.ETag, None));

        Assert.Equal("K2", (await Store.GetAsync(TestLists.Things, second.Id, None)).Text("Code"));
    }
}
