using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartnershipTeams.Reports.Tables;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace PartnershipTeams.Reports.Spreadsheets;

/// <summary>
/// Tables as an .xlsx workbook, one sheet each: a bold header row with a filter, dates as real Excel dates
/// (yyyy-mm-dd), amounts as numbers formatted in kronor, counts as numbers — so Excel sorts and sums them.
/// </summary>
public static class WorkbookWriter
{
    public static byte[] Write(IReadOnlyList<ReportTable> tables, string title)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "PartnershipTeams";
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new SheetNames();
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = names.Next(table.Caption) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(ReportTable table)
    {
        var widths = table.Headers.Select((h, i) => Math.Clamp(
            Math.Max(h.Length, table.Rows.Select(r => i < r.Count ? Width(r[i]) : 0).DefaultIfEmpty(0).Max()) + 2, 8, 60)).ToList();
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var data = new SheetData();
        data.Append(new Row(table.Headers.Select((h, i) => Text(Reference(i, 1), h, WorkbookStyles.Header))) { RowIndex = 1 });
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowIndex = (uint)(r + 2);
            data.Append(new Row(table.Rows[r].Select((cell, i) => Value(Reference(i, rowIndex), cell))) { RowIndex = rowIndex });
        }

        var sheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            columns,
            data);
        if (table.Headers.Count > 0)
        {
            sheet.Append(new AutoFilter { Reference = $"A1:{Reference(table.Headers.Count - 1, (uint)(table.Rows.Count + 1))}" });
        }

        return sheet;
    }

    private static Cell Value(string reference, Tables.Cell cell) => cell switch
    {
        TextCell t => Text(reference, t.Text, t.Text.Contains('\n', StringComparison.Ordinal) ? WorkbookStyles.Lines : WorkbookStyles.Plain),
        DateCell d => Number(reference, d.Date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture), WorkbookStyles.Date),
        DateTimeCell t => Number(reference, t.Local.ToOADate().ToString(CultureInfo.InvariantCulture), WorkbookStyles.DateAndTime),
        AmountCell a => Number(reference, a.Kronor.ToString(CultureInfo.InvariantCulture), WorkbookStyles.Amount),
        NumberCell n => Number(reference, n.Value.ToString(CultureInfo.InvariantCulture), WorkbookStyles.Plain),
        _ => new Cell { CellReference = reference },
    };

    private static Cell Text(string reference, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell Number(string reference, string value, uint style) => new(new CellValue(value)) { CellReference = reference, StyleIndex = style };

    private static int Width(Tables.Cell cell) => cell switch
    {
        TextCell t => t.Text.Split('\n').Max(l => l.Length),
        DateCell => 10,
        DateTimeCell => 16,
        AmountCell => 14,
        _ => 6,
    };

    /// <summary>"A1", "AB12": column letters from a zero-based index.</summary>
    public static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
