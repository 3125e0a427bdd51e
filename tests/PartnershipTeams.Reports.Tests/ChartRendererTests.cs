using PartnershipTeams.Reports.Charts;

namespace PartnershipTeams.Reports.Tests;

/// <summary>Charts are drawn with the font shipped beside the app, so their labels exist where no system font does (Flex Consumption).</summary>
public sealed class ChartRendererTests
{
    [Fact]
    public void ChartFont_IsShippedBesideTheApp()
    {
        Assert.True(File.Exists(ChartFonts.FilePath), ChartFonts.FilePath);
        Assert.StartsWith(AppContext.BaseDirectory, ChartFonts.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPngWithLabelsAndValues_DrawsMoreThanTheSameChartWithoutThem()
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("sv");
        var labelled = ChartRenderer.RenderPng(new BarChart("Besök per år", "Antal", [("2015", 3m), ("2016", 5m)]), culture);
        var blank = ChartRenderer.RenderPng(new BarChart(string.Empty, string.Empty, [(string.Empty, 3m), (string.Empty, 5m)]), culture);

        // Text adds detail that PNG compression cannot squeeze away: a chart whose font failed would come out the same size.
        Assert.True(labelled.Length > blank.Length + 2_000, $"{labelled.Length} vs {blank.Length} bytes");
    }
}
