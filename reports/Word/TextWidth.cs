using PartnershipTeams.Reports.Charts;
using SkiaSharp;

namespace PartnershipTeams.Reports.Word;

/// <summary>
/// How wide a text is on the page, measured in DejaVu Sans (shipped for the charts): the widest of the fonts a reader
/// substitutes for Calibri, and the one LibreOffice lays the document out in where Calibri is missing.
/// </summary>
public static class TextWidth
{
    /// <summary>DejaVu Sans Bold runs about this much wider than the regular face that is measured.</summary>
    private const float BoldFactor = 1.15f;

    private static readonly Lazy<SKTypeface> Face = new(() => SKTypeface.FromFile(ChartFonts.FilePath));

    /// <summary>Width in points of <paramref name="text"/> at <paramref name="points"/> size.</summary>
    public static double Points(string text, double points, bool bold)
    {
        using var font = new SKFont(Face.Value, (float)points);
        return font.MeasureText(text) * (bold ? BoldFactor : 1f);
    }
}
