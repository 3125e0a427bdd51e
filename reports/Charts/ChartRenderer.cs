using System.Globalization;
using PartnershipTeams.Core.Texts;
using ScottPlot;

namespace PartnershipTeams.Reports.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as a PNG with ScottPlot: horizontal bars in one dark colour (contrast over 7:1 on
/// white), each with its category on the axis and its value written beside it, so nothing is told by colour alone.
/// </summary>
public static class ChartRenderer
{
    public const int Width = 1200;
    private const int BarHeight = 56;
    private const int Frame = 190;

    private static readonly string FontFamily = ChartFonts.Load();

    public static int HeightFor(BarChart chart) => Frame + (BarHeight * Math.Max(1, chart.Bars.Count));

    public static byte[] RenderPng(BarChart chart, CultureInfo culture)
    {
        using var plot = new Plot();
        plot.Font.Set(FontFamily);

        var bars = chart.Bars.Reverse().Select((bar, i) => new Bar
        {
            Position = i,
            Value = (double)bar.Value,
            FillColor = Color.FromHex("#1F3864"),
            LineWidth = 0,
            Label = Value(bar.Value, chart.Amounts, culture),
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 22;
        series.ValueLabelStyle.ForeColor = Colors.Black;
        plot.Axes.Left.SetTicks([.. bars.Select(b => b.Position)], [.. chart.Bars.Reverse().Select(b => b.Category)]);
        plot.Axes.Left.TickLabelStyle.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 18;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => Value((decimal)v, chart.Amounts, culture),
        };
        plot.Axes.Bottom.Label.Text = chart.ValueLabel;
        plot.Axes.Bottom.Label.FontSize = 22;
        plot.Title(chart.Title);
        plot.Axes.Title.Label.FontSize = 28;
        plot.Axes.Margins(left: 0, right: 0.25, bottom: 0.1, top: 0.1);
        plot.Axes.SetLimitsX(0, Math.Max(1, (double)chart.Bars.Select(b => b.Value).DefaultIfEmpty(0).Max()) * 1.25);
        plot.Grid.XAxisStyle.MajorLineStyle.Color = Colors.Gray.WithAlpha(0.3);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return plot.GetImageBytes(Width, HeightFor(chart), ImageFormat.Png);
    }

    /// <summary>A bar's value as the reader reads it: "1 200 kr" or "12".</summary>
    public static string Value(decimal value, bool amount, CultureInfo culture) =>
        amount ? Kronor.Format(value) : value.ToString("#,0.##", culture);
}
