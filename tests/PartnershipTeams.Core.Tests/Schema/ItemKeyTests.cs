using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Tests.Schema;

public sealed class ItemKeyTests
{
    [Theory]
    [InlineData("Activities/12", "Activities", 12)]
    [InlineData("activities/12", "Activities", 12)]
    [InlineData("ReviewCycles/1", "ReviewCycles", 1)]
    public void TryParseAKeyOfARegisterList_ReadsListAndId(string text, string list, int id)
    {
        Assert.True(ItemKey.TryParse(text, out var key));
        Assert.Equal(new ItemKey(list, id), key);
        Assert.Equal($"{list}/{id}", key.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Activities")]
    [InlineData("Activities/0")]
    [InlineData("Activities/-1")]
    [InlineData("Activities/1/2")]
    [InlineData("Activities/ 1")]
    [InlineData("Activities/99999999999")]
    [InlineData("Outbox/1")]
    [InlineData("../Activities/1")]
    public void TryParseAnythingElse_IsNoKey(string? text)
    {
        Assert.False(ItemKey.TryParse(text, out _));
    }
}
