using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Tests.Contract;

public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task QueryAsyncByIndexedColumn_ReturnsOnlyMatchesInIdOrder()
    {
        var a = await CreateThingAsync("A", owner: "anna@linkoping.se");
        await CreateThingAsync("B", owner: "bo@linkoping.se");
        var c = await CreateThingAsync("C", owner: "anna@linkoping.se");

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Owner", "anna@linkoping.se"), None);

        Assert.Equal([a.Id, c.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryAsyncByDateRange_ReturnsItemsWithinIt()
    {
        await CreateThingAsync("Early", due: new DateOnly(2026, 1, 10));
        var inside = await CreateThingAsync("Inside", due: new DateOnly(2026, 2, 1));
        await CreateThingAsync("Late", due: new DateOnly(2026, 3, 1));

        var query = ListQuery.Where("Due", ComparisonOperator.GreaterOrEqual, new DateOnly(2026, 1, 11))
            .And("Due", ComparisonOperator.LessThan, new DateOnly(2026, 3, 1));
        var found = await Store.QueryAsync(TestLists.Things, query, None);

        Assert.Equal([inside.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryAsyncByLookupAndChoice_CombinesConditions()
    {
        var parent = await CreateThingAsync("Parent");
        var match = await Store.CreateAsync(TestLists.Things, Fields(("Title", "Child A"), ("Parent", parent.Id), ("Category", "A")), None);
        await Store.CreateAsync(TestLists.Things, Fields(("Title", "Child B"), ("Parent", parent.Id), ("Category", "B")), None);

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Parent", parent.Id).And("Category", ComparisonOperator.Equal, "A"), None);

        Assert.Equal([match.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryAsyncOnColumnWithoutIndex_ThrowsColumnNotIndexed()
    {
        await Assert.ThrowsAsync<ColumnNotIndexedException>(() => Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Free", "x"), None));
    }

    [Fact]
    public async Task QueryAsyncOnUnknownColumn_ThrowsUnknownColumn()
    {
        await Assert.ThrowsAsync<UnknownColumnException>(() => Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Nope", "x"), None));
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("' or 1 eq 1 or Owner eq '")]
    [InlineData("x'); DROP TABLE l_Things; --")]
    [InlineData("åsa.öberg@linköping.se")]
    [InlineData("王芳@广州.cn")]
    public async Task QueryAsyncWithHostileOrUnicodeText_MatchesOnlyThatLiteral(string owner)
    {
        var target = await CreateThingAsync("Target", owner: owner);
        await CreateThingAsync("Bystander", owner: "someone@linkoping.se");

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Owner", owner), None);

        Assert.Equal([target.Id], found.Select(i => i.Id));
        Assert.Equal(2, (await AllThingsAsync()).Count);
    }

    [Fact]
    public async Task QueryAsyncWithTop_ReturnsAtMostThatMany()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateThingAsync($"Item {i}", owner: "same@linkoping.se");
        }

        var found = await Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Owner", "same@linkoping.se") with { Top = 3 }, None);

        Assert.Equal(3, found.Count);
    }

    [Fact]
    public async Task QueryAsyncWithValueOfWrongType_ThrowsInvalidFieldValue()
    {
        await Assert.ThrowsAsync<InvalidFieldValueException>(() => Store.QueryAsync(TestLists.Things, ListQuery.WhereEquals("Due", "2026-01-01"), None));
    }
}
