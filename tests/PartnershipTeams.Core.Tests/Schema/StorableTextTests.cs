using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Tests.Schema;

public sealed class StorableTextTests
{
    [Fact]
    public void FitLongText_IsCutToTheColumnsLimit()
    {
        Assert.Equal(255, StorableText.Fit(new string('å', 300)).Length);
        Assert.Equal("kort", StorableText.Fit("kort"));
    }

    [Fact]
    public void FitWhereTheLimitFallsInsideACharacter_CutsBeforeIt()
    {
        // "😀" is two UTF-16 units; cutting between them would leave text SharePoint cannot store.
        var text = new string('a', 254) + "😀" + "b";

        var fitted = StorableText.Fit(text);

        Assert.Equal(254, fitted.Length);
        Assert.True(StorableText.IsStorable(fitted));
    }
}
