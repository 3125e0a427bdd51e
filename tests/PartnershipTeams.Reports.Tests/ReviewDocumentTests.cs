using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reports;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// The review report as a Word package: valid for the Open XML SDK's validator and accessible as EN 301 549 asks of
/// documents (WCAG 2.1 AA): title, language sv-SE, real headings, table header rows, alt text on every image.
/// </summary>
public sealed class ReviewDocumentTests(ReviewRegister register) : IClassFixture<ReviewRegister>
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv");

    private Task<ReviewDocument> GuangzhouAsync(CultureInfo? culture = null) =>
        register.Generator().CreateAsync(new ReviewRequest(register.Guangzhou, null, null, culture ?? Swedish), CancellationToken.None);

    [Fact]
    public async Task CreateAsyncFromTheRegister_IsAValidOpenXmlPackage()
    {
        var document = await GuangzhouAsync();

        using var package = new WordPackage(document.Content);
        Assert.True(package.ValidationErrors.Count == 0, string.Join('\n', package.ValidationErrors));
        Assert.Equal(ReviewDocument.WordType, document.ContentType);
        Assert.Equal("Översyn Guangzhou 2015–2018.docx", document.FileName);
    }

    [Fact]
    public async Task CreateAsyncWithoutAPeriod_TakesTheActionPlanRunningTodayAndTitlesTheDocumentInSwedish()
    {
        using var package = new WordPackage((await GuangzhouAsync()).Content);

        Assert.Equal("Översyn av samarbetet med Guangzhou 2015–2018", package.Title);
        Assert.Equal("sv-SE", package.PackageLanguage);
        Assert.Equal("sv-SE", package.DefaultLanguage);
    }

    [Fact]
    public async Task CreateAsync_HasEverySectionAsARealHeading()
    {
        using var package = new WordPackage((await GuangzhouAsync()).Content);

        var sections = package.Headings.Where(h => h.Style == "Heading1").Select(h => h.Text).ToList();
        Assert.Equal(
            ["Sammanfattning", "Bedömning", "Uppnåendemål", "Aktiviteter per tematiskt område", "Besök och delegationsresor", "Kostnader per organisation", "Försenade uppföljningar och öppna översyner"],
            sections);
        Assert.Equal(0, package.OutlineLevels["Heading1"]);
        Assert.Equal(1, package.OutlineLevels["Heading2"]);
    }

    [Fact]
    public async Task CreateAsync_EveryTableHasAMarkedHeaderRowAndACaption()
    {
        using var package = new WordPackage((await GuangzhouAsync()).Content);

        Assert.True(package.Tables.Count >= 10, $"only {package.Tables.Count} tables");
        Assert.All(package.Tables, table =>
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
            Assert.False(string.IsNullOrWhiteSpace(table.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value));
        });
    }

    [Fact]
    public async Task CreateAsync_EveryChartHasAltTextWithItsFiguresAndItsTableRightAfter()
    {
        using var package = new WordPackage((await GuangzhouAsync()).Content);

        Assert.Equal(4, package.Images.Count);
        Assert.All(package.Images, image => Assert.StartsWith("Stapeldiagram, ", image.Description?.Value, StringComparison.Ordinal));
        var goals = package.Images.Single(i => i.Name == "Uppnåendemål per status").Description!.Value!;
        Assert.Contains("Avviker 0; I riskzonen 1; Enligt plan 2; Uppnått 0", goals, StringComparison.Ordinal);
        var outline = package.Outline;
        foreach (var index in outline.Select((e, i) => (e, i)).Where(x => x.e == "Image").Select(x => x.i))
        {
            Assert.Equal("Caption", outline[index + 1].Split(':')[0]);
            Assert.StartsWith("Table:", outline[index + 2], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CreateAsync_PutsGoalsAtRiskFirst()
    {
        using var package = new WordPackage((await GuangzhouAsync()).Content);

        var goals = package.Tables.Single(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val == "Målen och var de står");
        var firstGoal = goals.Elements<TableRow>().Skip(1).First().InnerText;
        Assert.Contains("Fler kinesiska övernattningar", firstGoal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsyncInEnglish_IsTitledAndMarkedEnglish()
    {
        using var package = new WordPackage((await GuangzhouAsync(CultureInfo.GetCultureInfo("en"))).Content);

        Assert.Equal("Review of the cooperation with Guangzhou 2015–2018", package.Title);
        Assert.Equal("en-GB", package.DefaultLanguage);
        Assert.True(package.ValidationErrors.Count == 0, string.Join('\n', package.ValidationErrors));
    }

    [Fact]
    public async Task CreateAsyncWithoutAnAssessmentInTheRegister_SaysPlainlyThatItIsMissing()
    {
        var document = await register.Generator().CreateAsync(new ReviewRequest(register.Guangzhou, null, null, CultureInfo.GetCultureInfo("sv")), CancellationToken.None);

        using var word = new WordPackage(document.Content);
        var heading = word.Outline.ToList().IndexOf("Heading2:Den internationella funktionens bedömning");

        Assert.True(heading > 0, "the assessment has its own heading");
        Assert.StartsWith("P:Bedömning saknas.", word.Outline[heading + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsyncForAPartnerNotInTheRegister_ThrowsItemNotFound()
    {
        var generator = register.Generator();

        await Assert.ThrowsAsync<ItemNotFoundException>(() => generator.CreateAsync(new ReviewRequest(9999, null, null, Swedish), CancellationToken.None));
    }
}
