using PartnershipTeams.Reports.Charts;
using SkiaSharp;

namespace PartnershipTeams.Reports.Word;

/// <summary>
/// How wide a text is on the page, measured in DejaVu Sans (shipped for the charts): the widest of the fonts a reader
/// substitutes for Calibri, and the one LibreOffice lays the document out in where Calibri is missing. One measure per
/// font size, disposed when the table is measured.
/// </summary>
public sealed class TextWidth : IDisposable
{
    /// <summary>DejaVu Sans Bold runs about this much wider than the regular face that is measured.</summary>
    private const float BoldFactor = 1.15f;

    private static readonly Lazy<SKTypeface> Face = new(() => SKTypeface.FromFile(ChartFonts.FilePath));

    private readonly SKFont font;

    private TextWidth(double points) => font = new SKFont(Face.Value, (float)points);

    /// <summary>A measure of text at <paramref name="points"/> size.</summary>
    public static TextWidth At(double points) => new(points);

    /// <summary>Width in points of <paramref name="text"/>.</summary>
    public double Points(string text, bool bold) => font.MeasureText(text) * (bold ? BoldFactor : 1f);

    public void Dispose() => font.Dispose();
}
