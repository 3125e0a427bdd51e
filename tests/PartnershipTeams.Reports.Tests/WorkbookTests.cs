using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Reports.Spreadsheets;

namespace PartnershipTeams.Reports.Tests;

/// <summary>The workbooks as Excel shows them: sheet tabs named in whole words, dates that sort and filter as dates, lines that wrap.</summary>
public sealed class WorkbookTests(ReviewRegister register) : IClassFixture<ReviewRegister>
{
    private static SpreadsheetDocument Open(byte[] content) => SpreadsheetDocument.Open(new MemoryStream(content), false);

    [Fact]
    public async Task ReviewWorkbook_NamesEverySheetInWholeWordsOfItsTable()
    {
        var workbook = await register.Generator().CreateWorkbookAsync(new ReviewRequest(register.Guangzhou, null, null, CultureInfo.GetCultureInfo("sv")), CancellationToken.None);

        using var spreadsheet = Open(workbook.Content);
        var names = spreadsheet.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        var captions = spreadsheet.WorkbookPart.Workbook.Sheets.Elements<Sheet>().Count();

        Assert.All(names, n => Assert.True(n.Length <= 31, n));
        Assert.All(names, n => Assert.All(n.Split(' '), word => Assert.True(KnownWords.Contains(word) || word.StartsWith('('), $"\"{word}\" in the sheet \"{n}\" is not a whole word")));
        Assert.Equal(captions, names.Distinct().Count());
    }

    /// <summary>Every word of every caption the review and the register's lists can have, for telling a whole word from a cut one.</summary>
    private static readonly HashSet<string> KnownWords = LoadWords();

    private static HashSet<string> LoadWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "ReportTexts.resx", "ReportTexts.en.resx" })
        {
            var path = Path.Combine(TestSupport.RepositoryPaths.Root, "reports", "Texts", file);
            foreach (var value in System.Xml.Linq.XDocument.Load(path).Descendants("value"))
            {
                words.UnionWith(value.Value.Split([' ', ':', ',', '.', ';', '(', ')', '{', '}', '–'], StringSplitOptions.RemoveEmptyEntries));
            }
        }

        foreach (var label in Enum.GetValues<ThematicArea>().Select(t => DomainTexts.For(CultureInfo.GetCultureInfo("sv")).Label(t)))
        {
            words.UnionWith(label.Split(' '));
        }

        words.UnionWith(["2015–2018", "2016", "Guangzhou"]);
        return words;
    }

    [Fact]
    public void RegisterExport_WritesReportedCorrectedAndWithdrawnAsExcelDates()
    {
        var reported = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);
        var visit = new Visit("Besök", 1, VisitDirection.Outgoing, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), ["Tekniska verken"], "Anna\nBo",
            "Studiebesök", [ThematicArea.Culture], DemocracyDialogue.Yes, null, null, [], [], "a@linkoping.example", reported, "s-1");
        var fields = VisitsList.Fields(visit);
        fields[VisitsList.CorrectedAt] = reported.AddDays(1);
        fields[VisitsList.WithdrawnAt] = reported.AddDays(2);
        var item = new ListItem(1, "\"1\"", fields, reported);
        var table = ListTable.Of(VisitsList.Schema, [item], new Dictionary<string, IReadOnlyDictionary<int, string>>(), DomainTexts.For(CultureInfo.GetCultureInfo("sv")));

        using var spreadsheet = Open(WorkbookWriter.Write([table], "Besök"));
        var part = spreadsheet.WorkbookPart!.WorksheetParts.Single();
        var header = part.Worksheet!.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        var row = part.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        var formats = spreadsheet.WorkbookPart.WorkbookStylesPart!.Stylesheet!;
        foreach (var (column, days) in new[] { ("Rapporterad", 0), ("Rättad", 1), ("Återkallad den", 2) })
        {
            var cell = row[header.IndexOf(column)];
            Assert.Null(cell.DataType);
            Assert.True(double.TryParse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial), column);
            Assert.Equal(reported.Date.AddDays(days).ToOADate(), Math.Floor(serial), 0);
            var format = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
            Assert.Contains("yyyy", formats.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == format).FormatCode!.Value!, StringComparison.Ordinal);
        }

        var participants = row[header.IndexOf("Deltagare")];
        Assert.True(formats.CellFormats!.Elements<CellFormat>().ElementAt((int)participants.StyleIndex!.Value).Alignment?.WrapText?.Value, "participants on two lines wrap");
    }
}
