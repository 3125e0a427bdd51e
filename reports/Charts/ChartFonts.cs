namespace PartnershipTeams.Reports.Charts;

/// <summary>
/// The font charts are drawn in: DejaVu Sans, shipped beside the app (Fonts/DejaVuSans.ttf), because the SkiaSharp
/// build ScottPlot takes on Linux (NoDependencies) cannot find system fonts and would draw the charts without any text
/// (ScottPlot/ScottPlot#3504); it has å, ä, ö.
/// </summary>
public static class ChartFonts
{
    public const string Name = "DejaVu Sans";

    /// <summary>Where the shipped font is.</summary>
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");

    /// <summary>Registers the shipped font with ScottPlot and returns its name; fails loudly when the file is missing.</summary>
    public static string Load()
    {
        if (!File.Exists(FilePath))
        {
            throw new FileNotFoundException("The charts' font is not beside the app.", FilePath);
        }

        ScottPlot.Fonts.AddFontFile(Name, FilePath);
        return Name;
    }
}
