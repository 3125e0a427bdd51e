using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Tests.Contract;

public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task GetChangesAsyncWithoutToken_ReturnsEveryItemAsFullResync()
    {
        var a = await CreateThingAsync("A");
        var b = await CreateThingAsync("B");

        var changes = await Store.GetChangesAsync(TestLists.Things, null, None);

        Assert.True(changes.IsFullResync);
        Assert.Equal([a.Id, b.Id], changes.Changes.Select(c => c.Id).Order());
        Assert.False(string.IsNullOrEmpty(changes.NextToken));
    }

    [Fact]
    public async Task GetChangesAsyncSinceToken_ReturnsOnlyWhatChangedAfterIt()
    {
        var kept = await CreateThingAsync("Untouched");
        var edited = await CreateThingAsync("Edited");
        var removed = await CreateThingAsync("Removed");
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;

        await Store.UpdateAsync(TestLists.Things, edited.Id, Fields(("Owner", "new@linkoping.se")), edited.ETag, None);
        await Store.DeleteAsync(TestLists.Things, removed.Id, removed.ETag, None);
        var added = await CreateThingAsync("Added");
        var changes = await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.False(changes.IsFullResync);
        Assert.DoesNotContain(changes.Changes, c => c.Id == kept.Id);
        Assert.Equal("new@linkoping.se", Assert.Single(changes.Changes, c => c.Id == edited.Id).Item!.Text("Owner"));
        Assert.True(Assert.Single(changes.Changes, c => c.Id == removed.Id).IsDeleted);
        Assert.Single(changes.Changes, c => c.Id == added.Id);
        Assert.Equal(3, changes.Changes.Count);
    }

    [Fact]
    public async Task GetChangesAsyncItemChangedTwice_AppearsOnceWithItsLatestValues()
    {
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        var item = await CreateThingAsync("Twice");
        await Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Owner", "last@linkoping.se")), item.ETag, None);

        var changes = await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.Equal("last@linkoping.se", Assert.Single(changes.Changes).Item!.Text("Owner"));
    }

    [Fact]
    public async Task GetChangesAsyncWithLatestToken_ReturnsNothing()
    {
        await CreateThingAsync("Seen");
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;

        var changes = await Store.GetChangesAsync(TestLists.Things, token, None);

        Assert.Empty(changes.Changes);
        Assert.False(changes.IsFullResync);
    }

    [Fact]
    public async Task GetChangesAsyncOtherListsWrites_AreNotReported()
    {
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;

        await Store.CreateAsync(TestLists.Others, Fields(("Title", "elsewhere")), None);

        Assert.Empty((await Store.GetChangesAsync(TestLists.Things, token, None)).Changes);
    }

    [Fact]
    public async Task GetChangesAsyncTokenKeptAcrossARestart_StillReturnsTheChangesSinceIt()
    {
        await CreateThingAsync("Before");
        var token = (await Store.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        var after = await CreateThingAsync("After");

        var restarted = await OpenStoreAsync();
        await restarted.ProvisionAsync(TestLists.All, None);
        var changes = await restarted.GetChangesAsync(TestLists.Things, token, None);

        Assert.False(changes.IsFullResync);
        Assert.Equal([after.Id], changes.Changes.Select(c => c.Id));
    }

    [Fact]
    public async Task GetChangesAsyncWithTokenOfAnotherList_ThrowsInvalidChangeToken()
    {
        var othersToken = (await Store.GetChangesAsync(TestLists.Others, null, None)).NextToken;

        await Assert.ThrowsAsync<InvalidChangeTokenException>(() => Store.GetChangesAsync(TestLists.Things, othersToken, None));
    }

    [Fact]
    public async Task GetChangesAsyncWithGarbageToken_ThrowsInvalidChangeToken()
    {
        await Assert.ThrowsAsync<InvalidChangeTokenException>(() => Store.GetChangesAsync(TestLists.Things, "not-a-token", None));
    }
}
