using System.Globalization;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Reports.Tables;

/// <summary>A cell as a Swedish reader reads it in a document: dates ISO (as Swedish writes them), amounts "1 200,50 kr".</summary>
public static class CellText
{
    public static string Of(Cell cell, CultureInfo culture) => cell switch
    {
        TextCell t => t.Text,
        DateCell d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeCell t => t.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        AmountCell a => Kronor.Format(a.Kronor),
        NumberCell n => n.Value.ToString("#,0.##", culture),
        _ => string.Empty,
    };
}
