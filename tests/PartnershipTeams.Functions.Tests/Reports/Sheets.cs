using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnershipTeams.Functions.Tests.Reports;

/// <summary>Reads a workbook's sheet back: each cell's text (inline string or raw number) and its number format code.</summary>
public static class Sheets
{
    public sealed record CellRead(string Text, string? NumberFormat);

    public static IReadOnlyList<IReadOnlyList<CellRead>> Rows(SpreadsheetDocument workbook, string sheetName)
    {
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet!;
        var formats = part.WorkbookStylesPart!.Stylesheet!;
        return [.. worksheet.Descendants<Row>().Select(r => (IReadOnlyList<CellRead>)[.. r.Elements<Cell>().Select(c => new CellRead(
            c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty,
            FormatOf(formats, c.StyleIndex?.Value ?? 0)))])];
    }

    private static string? FormatOf(Stylesheet styles, uint styleIndex)
    {
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)styleIndex).NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == format)?.FormatCode?.Value;
    }
}
