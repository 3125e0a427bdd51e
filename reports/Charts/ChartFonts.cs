namespace PartnershipTeams.Reports.Charts;

/// <summary>The font charts are drawn in: DejaVu Sans where Debian installs it (it has å, ä, ö and 中文 falls back), else ScottPlot's choice.</summary>
public static class ChartFonts
{
    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const string Name = "DejaVu Sans";

    public static string? Find()
    {
        if (!File.Exists(DejaVuSans))
        {
            return null;
        }

        ScottPlot.Fonts.AddFontFile(Name, DejaVuSans);
        return Name;
    }
}
