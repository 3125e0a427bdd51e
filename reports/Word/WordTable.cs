using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Word;

/// <summary>
/// A report table as a Word table: a caption (also the table's tblCaption for screen readers), a header row that
/// repeats on every page and is marked as such (w:tblHeader), numbers and amounts right-aligned.
/// </summary>
public static class WordTable
{
    /// <summary>The text width of an A4 page with 2.5 cm margins, in twentieths of a point.</summary>
    public const int TextWidthTwips = 9070;

    public static Table Create(ReportTable table, CultureInfo culture)
    {
        var widths = ColumnWidths(table, culture);
        var word = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.Table },
            new TableWidth { Width = TextWidthTwips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
            new TableCaption { Val = table.Caption }));
        word.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        word.Append(new TableRow([
            new TableRowProperties(new TableHeader(), new CantSplit()),
            .. table.Headers.Select((h, i) => Cell(h, widths[i], bold: true, right: false, shaded: true))]));
        foreach (var row in table.Rows)
        {
            word.Append(new TableRow([
                new TableRowProperties(new CantSplit()),
                .. row.Select((c, i) => Cell(CellText.Of(c, culture), widths[i], bold: false, right: c is AmountCell or NumberCell, shaded: false))]));
        }

        return word;
    }

    /// <summary>About how many characters of 9 pt text (DejaVu Sans, the widest of the fonts readers substitute for Calibri) fit across the text width.</summary>
    private const double CharactersPerLine = 66;

    /// <summary>
    /// Widths from what the columns hold: first every column gets its longest word (which cannot wrap: dates, amounts,
    /// long Swedish compounds), then what is left goes to the columns with longer texts.
    /// </summary>
    private static int[] ColumnWidths(ReportTable table, CultureInfo culture)
    {
        var columns = table.Headers.Select((header, i) =>
        {
            var texts = table.Rows.Select(r => i < r.Count ? CellText.Of(r[i], culture) : string.Empty).ToList();
            var longestWord = texts.SelectMany(t => t.Split(' ', '\n')).Select(w => w.Length).DefaultIfEmpty(0).Max();
            var headerWord = header.Split(' ').Max(w => w.Length);
            var need = Math.Min(Math.Max(longestWord, Math.Min(headerWord, 10)), 20) + 2.5;
            var want = Math.Max(need, Math.Min(texts.Append(header).Max(t => t.Length) + 2.5, 40));
            return (Need: need, Want: want);
        }).ToList();
        var needed = columns.Sum(c => c.Need);
        var spare = Math.Max(0, CharactersPerLine - needed);
        var extra = columns.Sum(c => c.Want - c.Need);
        var characters = columns.Select(c => c.Need + (extra > 0 ? spare * (c.Want - c.Need) / extra : spare / columns.Count)).ToList();
        var total = characters.Sum();
        return [.. characters.Select(c => (int)(TextWidthTwips * c / total))];
    }

    private static TableCell Cell(string text, int width, bool bold, bool right, bool shaded)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
        }

        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0" },
            new Justification { Val = right ? JustificationValues.Right : JustificationValues.Left }));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            run.Append(bold ? new RunProperties(new Bold(), new FontSize { Val = "18" }) : new RunProperties(new FontSize { Val = "18" }));

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
