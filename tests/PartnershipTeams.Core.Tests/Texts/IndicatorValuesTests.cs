using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Core.Tests.Texts;

public sealed class IndicatorValuesTests
{
    [Theory]
    [InlineData(IndicatorKind.Count, "24000", "24\u00a0000")]
    [InlineData(IndicatorKind.Percent, "37.5", "37,5\u00a0%")]
    [InlineData(IndicatorKind.Amount, "1200", "1\u00a0200\u00a0kr")]
    [InlineData(IndicatorKind.Amount, "1200.5", "1\u00a0200,50\u00a0kr")]
    [InlineData(IndicatorKind.Other, "1", "1")]
    public void FormatOfAGoalsValue_ReadsAsItsIndicatorCountsItInSwedish(IndicatorKind kind, string value, string expected) =>
        Assert.Equal(expected, IndicatorValues.Format(kind, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
