using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnershipTeams.Reports.Spreadsheets;

/// <summary>
/// The workbook's cell formats: plain, bold header, date (yyyy-mm-dd), date and time (yyyy-mm-dd hh:mm), kronor (# ##0,00 kr as the reader's Excel writes
/// it), and text on several lines (wrapped, top-aligned, so a list of participants shows one per line, not run together).
/// </summary>
public static class WorkbookStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Date = 2;
    public const uint Amount = 3;
    public const uint Lines = 4;
    public const uint DateAndTime = 5;

    private const uint DateFormat = 164;
    private const uint AmountFormat = 165;
    private const uint DateTimeFormat = 166;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy\\-mm\\-dd" },
            new NumberingFormat { NumberFormatId = AmountFormat, FormatCode = "#,##0.00\\ \"kr\"" },
            new NumberingFormat { NumberFormatId = DateTimeFormat, FormatCode = "yyyy\\-mm\\-dd\\ hh:mm" })
        { Count = 3 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormat, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = AmountFormat, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { NumberFormatId = DateTimeFormat, ApplyNumberFormat = true })
        { Count = 6 });
}
