using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Tests.Contract;

public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task UpdateManyAsyncWithOneStaleETagAndOneDuplicate_WritesTheRestAndNamesEachFailure()
    {
        await CreateThingAsync("Holder", code: "taken");
        var items = new List<Core.Schema.ListItem>();
        for (var i = 0; i < 23; i++)
        {
            items.Add(await CreateThingAsync($"Item {i}"));
        }

        await Store.UpdateAsync(TestLists.Things, items[4].Id, Fields(("Owner", "someone@linkoping.se")), items[4].ETag, None);
        var updates = items.Select((item, i) => new ItemUpdate(item.Id, Fields(("Amount", i), ("Code", i == 9 ? "taken" : null)), item.ETag)).ToList();

        var results = await Store.UpdateManyAsync(TestLists.Things, updates, None);

        Assert.Equal(23, results.Count);
        Assert.IsType<ConcurrencyConflictException>(results[4].Error);
        Assert.IsType<DuplicateItemException>(results[9].Error);
        Assert.Equal(21, results.Count(r => r.Succeeded));
        Assert.Equal(22d, (await Store.GetAsync(TestLists.Things, items[22].Id, None)).Number("Amount"));
        Assert.Equal(results[22].Item!.ETag, (await Store.GetAsync(TestLists.Things, items[22].Id, None)).ETag);
    }

    [Fact]
    public async Task GetLatestChangeTokenAsync_ReturnsOnlyChangesMadeAfterIt()
    {
        await CreateThingAsync("Before");
        var token = await Store.GetLatestChangeTokenAsync(TestLists.Things, None);
        var after = await CreateThingAsync("After");

        var changes = await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.False(changes.IsFullResync);
        Assert.Equal([after.Id], changes.Changes.Select(c => c.Id));
    }

    [Fact]
    public async Task ReadPageAsyncThroughEveryItem_ReturnsEachOnceInIdOrderAndEndsWithoutContinuation()
    {
        var created = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            created.Add((await CreateThingAsync($"Item {i}")).Id);
        }

        var seen = new List<int>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await Store.ReadPageAsync(TestLists.Things, continuation, 3, None);
            seen.AddRange(page.Items.Select(i => i.Id));
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null);

        Assert.Equal(created, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ReadPageAsyncWithAContinuationOfAnotherList_ThrowsInvalidToken()
    {
        await CreateThingAsync("One");
        await CreateThingAsync("Two");
        var continuation = (await Store.ReadPageAsync(TestLists.Things, null, 1, None)).Continuation!;

        await Assert.ThrowsAsync<InvalidChangeTokenException>(() => Store.ReadPageAsync(TestLists.Others, continuation, 1, None));
    }
}
