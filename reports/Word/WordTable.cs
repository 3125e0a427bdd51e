using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Word;

/// <summary>
/// A report table as a Word table: a caption (also the table's tblCaption for screen readers), a header row that
/// repeats on every page and is marked as such (w:tblHeader), numbers and amounts right-aligned, one number format a
/// column, widths from the content (<see cref="ColumnWidths"/>), short tables kept on one page.
/// </summary>
public static class WordTable
{
    /// <summary>The text width of an A4 page with 2.5 cm margins, in twentieths of a point.</summary>
    public const int TextWidthTwips = 9070;

    public static Table Create(ReportTable table, CultureInfo culture)
    {
        var formats = ColumnFormat.Of(table);
        IReadOnlyList<IReadOnlyList<string>> plain = [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select((c, i) => CellText.Of(c, culture, formats[i]))])];
        var columns = ColumnWidths.Of(table.Headers, plain, TextWidthTwips);
        var texts = plain.Select(r => r.Select((t, i) => columns.Breakable(t, i)).ToList()).ToList();
        var widths = columns.Twips;
        var size = columns.HalfPoints.ToString(CultureInfo.InvariantCulture);
        var word = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.Table },
            new TableWidth { Width = TextWidthTwips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
            new TableCaption { Val = table.Caption }));
        word.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        word.Append(new TableRow([
            new TableRowProperties(new TableHeader(), new CantSplit()),
            .. table.Headers.Select((h, i) => Cell(h, widths[i], size, bold: true, right: false, shaded: true, keepNext: true))]));
        var keepWhole = table.Rows.Count <= KeptWhole;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            // A short table stays on one page; a long one at least never leaves its last row (a total) alone on the next.
            var keepNext = r < table.Rows.Count - 1 && (keepWhole || r == table.Rows.Count - 2);
            word.Append(new TableRow([
                new TableRowProperties(new CantSplit()),
                .. table.Rows[r].Select((c, i) => Cell(texts[r][i], widths[i], size, bold: false, right: c is AmountCell or NumberCell, shaded: false, keepNext))]));
        }

        return word;
    }

    /// <summary>Tables of at most this many rows are kept on one page (with their caption): a board member reads them at a glance.</summary>
    private const int KeptWhole = 15;

    private static TableCell Cell(string text, int width, string size, bool bold, bool right, bool shaded, bool keepNext)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
        }

        var paragraphProperties = new ParagraphProperties();
        if (keepNext)
        {
            paragraphProperties.Append(new KeepNext());
        }

        paragraphProperties.Append(
            new SpacingBetweenLines { Before = "0", After = "0" },
            new Justification { Val = right ? JustificationValues.Right : JustificationValues.Left });
        var paragraph = new Paragraph(paragraphProperties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            run.Append(bold ? new RunProperties(new Bold(), new FontSize { Val = size }) : new RunProperties(new FontSize { Val = size }));

            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return new TableCell(properties, paragraph);
    }
}
