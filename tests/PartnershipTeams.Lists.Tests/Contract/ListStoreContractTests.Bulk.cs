using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Tests.Contract;

public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task CreateManyAsyncWithOneDuplicateAndOneInvalid_StoresTheRestAndNamesEachFailure()
    {
        await CreateThingAsync("Already there", code: "dup");
        var items = Enumerable.Range(0, 25)
            .Select(i => (IReadOnlyDictionary<string, object?>)Fields(("Title", $"Bulk {i}"), ("Code", i == 7 ? "dup" : $"bulk-{i}"), ("Amount", i == 13 ? "NaN" : i)))
            .ToList();

        var results = await Store.CreateManyAsync(TestLists.Things, items, None);

        Assert.Equal(25, results.Count);
        Assert.IsType<DuplicateItemException>(results[7].Error);
        Assert.IsType<InvalidFieldValueException>(results[13].Error);
        Assert.Equal(23, results.Count(r => r.Succeeded));
        Assert.Equal(24, (await AllThingsAsync()).Count);
        Assert.Equal("Bulk 24", (await Store.GetAsync(TestLists.Things, results[24].Item!.Id, None)).Text("Title"));
    }
}
