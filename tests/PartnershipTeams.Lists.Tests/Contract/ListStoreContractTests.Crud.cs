using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Tests.Contract;

public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task CreateAsyncWithEveryColumnType_GetReturnsTheSameValues()
    {
        var parent = await CreateThingAsync("Parent");
        var at = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1));

        var created = await Store.CreateAsync(TestLists.Things, Fields(
            ("Title", "Guangzhou 广州 – Linköping"),
            ("Code", "GZ-1"),
            ("Category", "B"),
            ("Tags", new[] { "red", "blue" }),
            ("Amount", 12500.5m),
            ("Active", true),
            ("Due", new DateOnly(2017, 5, 31)),
            ("At", at),
            ("Parent", parent.Id),
            ("Notes", "Rad ett\nRad två åäö"),
            ("Owner", "anna@linkoping.se")), None);
        var read = await Store.GetAsync(TestLists.Things, created.Id, None);

        Assert.Equal("Guangzhou 广州 – Linköping", read.Text("Title"));
        Assert.Equal("GZ-1", read.Text("Code"));
        Assert.Equal("B", read.Text("Category"));
        Assert.Equal(["red", "blue"], read.Choices("Tags"));
        Assert.Equal(12500.5, read.Number("Amount"));
        Assert.True(read.Flag("Active"));
        Assert.Equal(new DateOnly(2017, 5, 31), read.Date("Due"));
        Assert.Equal(at, read.Instant("At"));
        Assert.Equal(TimeSpan.Zero, read.Instant("At")!.Value.Offset);
        Assert.Equal(parent.Id, read.LookupId("Parent"));
        Assert.Equal("Rad ett\nRad två åäö", read.Text("Notes"));
        Assert.Equal(created.ETag, read.ETag);
    }

    [Fact]
    public async Task CreateAsyncTwoItems_GetDistinctIdsAndETags()
    {
        var first = await CreateThingAsync("One");
        var second = await CreateThingAsync("Two");

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.False(string.IsNullOrEmpty(first.ETag));
    }

    [Fact]
    public async Task CreateAsyncUnsetColumns_ReadBackAsNull()
    {
        var created = await CreateThingAsync("Only a title");

        Assert.Null(created["Amount"]);
        Assert.Null(created.Date("Due"));
        Assert.Empty(created.Choices("Tags"));
    }

    [Fact]
    public async Task CreateAsyncInUnknownList_ThrowsUnknownList()
    {
        await Assert.ThrowsAsync<UnknownListException>(() => Store.CreateAsync("NoSuchList", Fields(("Title", "x")), None));
    }

    [Fact]
    public async Task CreateAsyncWithUnknownColumn_ThrowsUnknownColumnAndStoresNothing()
    {
        await Assert.ThrowsAsync<UnknownColumnException>(() => Store.CreateAsync(TestLists.Things, Fields(("Title", "x"), ("Colour", "red")), None));

        Assert.Empty(await AllThingsAsync());
    }

    [Theory]
    [InlineData("Amount", "twelve")]
    [InlineData("Due", "2017-05-31")]
    [InlineData("Active", 1)]
    [InlineData("Parent", "3")]
    [InlineData("Title", 42)]
    public async Task CreateAsyncWithWrongType_ThrowsInvalidFieldValue(string column, object value)
    {
        var fields = Fields(("Title", "x"));
        fields[column] = value;

        await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.CreateAsync(TestLists.Things, fields, None));
        Assert.Empty(await AllThingsAsync());
    }

    [Fact]
    public async Task CreateAsyncWithoutRequiredColumn_ThrowsInvalidFieldValue()
    {
        var error = await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.CreateAsync(TestLists.Things, Fields(("Owner", "a@b.se")), None));

        Assert.Contains("Title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsyncWithChoiceNotOffered_ThrowsInvalidFieldValue()
    {
        await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.CreateAsync(TestLists.Things, Fields(("Title", "x"), ("Category", "D")), None));
        await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.CreateAsync(TestLists.Things, Fields(("Title", "x"), ("Tags", new[] { "red", "pink" })), None));
    }

    [Fact]
    public async Task CreateAsyncWithTextOverColumnLimit_ThrowsInvalidFieldValue()
    {
        await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.CreateAsync(TestLists.Things, Fields(("Title", "x"), ("Notes", new string('n', 51))), None));
        await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.CreateAsync(TestLists.Things, Fields(("Title", new string('t', 256))), None));
    }

    [Fact]
    public async Task GetAsyncUnknownId_ThrowsItemNotFound()
    {
        await Assert.ThrowsAsync<ItemNotFoundException>(() => Store.GetAsync(TestLists.Things, 987_654, None));
    }

    [Fact]
    public async Task DeleteAsyncWithCurrentETag_RemovesTheItem()
    {
        var item = await CreateThingAsync("Short-lived");

        await Store.DeleteAsync(TestLists.Things, item.Id, item.ETag, None);

        await Assert.ThrowsAsync<ItemNotFoundException>(() => Store.GetAsync(TestLists.Things, item.Id, None));
    }

    [Fact]
    public async Task DeleteAsyncWithStaleETag_ThrowsConflictAndKeepsTheItem()
    {
        var item = await CreateThingAsync("Kept");
        await Store.UpdateAsync(TestLists.Things, item.Id, Fields(("Owner", "b@linkoping.se")), item.ETag, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.DeleteAsync(TestLists.Things, item.Id, item.ETag, None));

        Assert.Equal("b@linkoping.se", (await Store.GetAsync(TestLists.Things, item.Id, None)).Text("Owner"));
    }

    [Fact]
    public async Task DeleteAsyncThenCreate_NeverReusesTheId()
    {
        var first = await CreateThingAsync("First");
        await Store.DeleteAsync(TestLists.Things, first.Id, first.ETag, None);

        var second = await CreateThingAsync("Second");

        Assert.NotEqual(first.Id, second.Id);
    }
}
