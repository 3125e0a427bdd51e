using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Spreadsheets;

/// <summary>A whole list as a table for export: the columns' Swedish titles, lookups as the titles they point to, choices as labels.</summary>
public static class ListTable
{
    public static ReportTable Of(ListSchema schema, IEnumerable<ListItem> items, IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> lookupTitles, DomainTexts texts) =>
        new(schema.TitleSv, [.. schema.Columns.Select(c => c.TitleSv)],
            [.. items.Select(item => (IReadOnlyList<Cell>)[.. schema.Columns.Select(c => CellOf(c, item, lookupTitles, texts))])]);

    private static Cell CellOf(ColumnDefinition column, ListItem item, IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> lookupTitles, DomainTexts texts) =>
        (column.Type, item[column.Name]) switch
        {
            (_, null) => EmptyCell.Instance,
            (ColumnType.Lookup, int id) => new TextCell(lookupTitles.GetValueOrDefault(column.Name)?.GetValueOrDefault(id) ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (ColumnType.Date, DateOnly date) => new DateCell(date),
            (ColumnType.DateTime, DateTimeOffset instant) => new DateTimeCell(Core.Time.BusinessTimeZone.ToLocal(instant).DateTime),
            (ColumnType.Number, double) when column.IsKronor => ReportTable.Amount(item.Amount(column.Name)),
            (ColumnType.Number, double) => ReportTable.Number(item.Amount(column.Name)),
            (ColumnType.Boolean, bool flag) => new TextCell(texts.YesOrNo(flag)),
            (ColumnType.Choice, string choice) => new TextCell(texts.Label(choice)),
            (ColumnType.MultiChoice, IReadOnlyList<string> many) => new TextCell(string.Join(", ", many.Select(texts.Label))),
            _ => new TextCell(item.Display(column.Name)),
        };
}
