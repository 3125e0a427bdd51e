using System.Globalization;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Reports.Tables;

/// <summary>A cell as a Swedish reader reads it in a document: dates ISO (as Swedish writes them), amounts "1 200,50 kr".</summary>
public static class CellText
{
    public static string Of(Cell cell, CultureInfo culture) => Of(cell, culture, null);

    /// <summary>The cell written as its column writes numbers (<paramref name="column"/>: the same decimals all the way down).</summary>
    public static string Of(Cell cell, CultureInfo culture, ColumnFormat? column) => cell switch
    {
        TextCell t => t.Text,
        DateCell d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeCell t => t.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        AmountCell a => column is null ? Kronor.Format(a.Kronor) : Kronor.Format(a.Kronor, withOre: column.Decimals > 0),
        NumberCell n => n.Value.ToString(column is null ? "#,0.##" : "N" + column.Decimals.ToString(CultureInfo.InvariantCulture), culture),
        _ => string.Empty,
    };
}
