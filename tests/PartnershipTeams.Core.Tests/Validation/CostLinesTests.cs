using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

public sealed class CostLinesTests
{
    [Fact]
    public void FormatThenParse_GivesTheSameCosts()
    {
        OrganisationCost[] costs = [new("Tekniska verken: Linköping", 12500.5m), new("Visit Linköping", 0m)];

        var parsed = CostLines.Parse(CostLines.Format(costs));

        Assert.Equal(costs, parsed);
    }

    [Fact]
    public void ParseLineWithoutAmount_IsSkippedNotGuessed()
    {
        var parsed = CostLines.Parse("Kommunledningskontoret: 1000\nokänd rad\nNulink: tio");

        Assert.Equal([new OrganisationCost("Kommunledningskontoret", 1000m)], parsed);
    }
}
