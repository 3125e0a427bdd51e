using PartnershipTeams.Reports.Texts;

namespace PartnershipTeams.Reports.Charts;

/// <summary>A chart's text alternative: what it shows and every figure in it, for a reader who cannot see it.</summary>
public static class ChartAltText
{
    public static string Of(BarChart chart, ReportTexts texts) =>
        texts.ChartAlt(chart.Title, string.Join("; ", chart.Bars.Select(b => $"{b.Category} {ChartRenderer.Value(b.Value, chart.Amounts, texts.Culture)}")));

    /// <summary>Alt text is read aloud in one go; very long lists are cut, the table after the chart has them all.</summary>
    public static string Shorten(string text, int max = 1000) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
