using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Reports.Tables;

/// <summary>
/// How one column writes its numbers, so a column reads one way: amounts all with öre when any has öre ("12 500,50 kr"
/// above "25 001,00 kr", not "25 001 kr"), measures all with as many decimals as the most precise one.
/// </summary>
public sealed record ColumnFormat(int Decimals)
{
    public static ColumnFormat Whole { get; } = new(0);

    /// <summary>Each column's format, from the values it holds.</summary>
    public static IReadOnlyList<ColumnFormat> Of(ReportTable table) =>
        [.. table.Headers.Select((_, i) => new ColumnFormat(table.Rows.Select(r => i < r.Count ? DecimalsOf(r[i]) : 0).DefaultIfEmpty(0).Max()))];

    private static int DecimalsOf(Cell cell) => cell switch
    {
        AmountCell a => Kronor.HasNoOre(a.Kronor) ? 0 : 2,
        NumberCell n => n.Value == decimal.Round(n.Value) ? 0 : n.Value * 10 == decimal.Round(n.Value * 10) ? 1 : 2,
        _ => 0,
    };
}
