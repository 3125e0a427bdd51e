using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.Reports.Review;
using PartnershipTeams.Reports.Tables;
using PartnershipTeams.Reports.Texts;
using PartnershipTeams.Reports.Word;
using PartnershipTeams.TestSupport.Documents;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// The review as the board reads it: converted by LibreOffice and read back with <c>pdftotext -layout</c>. A word of a
/// table broken over two lines ("Uppnåendem" / "ål") shows as two pieces, so the PDF then holds that word fewer times
/// than the document does (<see cref="BrokenWords"/>); and a table's total row stays on its table's page.
/// </summary>
public sealed class PdfLayoutTests(CurrentPeriodRegister register) : IClassFixture<CurrentPeriodRegister>
{
    [Fact]
    public async Task DemoReviewInLibreOffice_BreaksNoWordOfAnyTable()
    {
        var document = await register.ReviewAsync();

        await BrokenWords.AssertNoneAsync(document);
    }

    [Fact]
    public async Task TableWithATotalRowWhereverItFallsOnThePage_KeepsTheTotalWithItsTable()
    {
        var texts = ReportTexts.For(CultureInfo.GetCultureInfo("sv"));
        var blocks = new List<Block>();
        for (var fill = 1; fill <= 14; fill++)
        {
            blocks.AddRange(Enumerable.Range(0, fill).Select(i => new ParagraphBlock($"Stycke {i} som fyller ut sidan före tabellen.")));
            blocks.Add(new TableBlock(new ReportTable($"Kostnadstabell {fill}", ["Organisation", "2026", "Summa"],
                [.. Enumerable.Range(0, 6).Select(o => (IReadOnlyList<Cell>)[new TextCell($"Organisation {o}"), new AmountCell(12_500.50m), new AmountCell(12_500.50m)]),
                 [new TextCell("Totalt"), new AmountCell(75_003m), new AmountCell(75_003m)]])));
        }

        var content = new ReviewContent("Sidbrytningar", "Prov", "sv-SE", blocks);
        var pdf = await LibreOffice.ConvertToPdfAsync(ReviewDocumentWriter.Write(content, texts, DateTimeOffset.UnixEpoch), "totals.docx");
        var pages = (await LibreOffice.PdfTextAsync(pdf)).Split('\f');

        Assert.All(pages, page => Assert.Equal(Count(page, "Kostnadstabell"), Count(page, "Totalt")));
    }

    private static int Count(string page, string what)
    {
        var text = string.Join(' ', page.Split((char[])[' ', '\n', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
