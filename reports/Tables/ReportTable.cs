namespace PartnershipTeams.Reports.Tables;

/// <summary>A table of the report (or a whole list): its caption, column headers and typed rows; a sheet in a workbook.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<Cell>> Rows)
{
    public static Cell Text(string? text) => string.IsNullOrEmpty(text) ? EmptyCell.Instance : new TextCell(text);

    public static Cell Date(DateOnly? date) => date is { } d ? new DateCell(d) : EmptyCell.Instance;

    public static Cell Amount(decimal? kronor) => kronor is { } k ? new AmountCell(k) : EmptyCell.Instance;

    public static Cell Number(decimal? value) => value is { } v ? new NumberCell(v) : EmptyCell.Instance;
}
