using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Tests.Domain;

public sealed class ThematicAreaNamesTests
{
    [Fact]
    public void EveryArea_HasDistinctSwedishAndEnglishNames()
    {
        var areas = Enum.GetValues<ThematicArea>();

        Assert.Equal(7, areas.Length);
        Assert.Equal(7, areas.Select(ThematicAreaNames.Swedish).Distinct().Count());
        Assert.Equal(7, areas.Select(ThematicAreaNames.English).Distinct().Count());
        Assert.Equal("Vård och omsorg", ThematicAreaNames.Swedish(ThematicArea.HealthAndSocialCare));
    }
}
