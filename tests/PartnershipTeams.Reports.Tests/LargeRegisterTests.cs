using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// A theme with more activities than a board document should list: the document counts them per organisation and lists
/// the overdue ones; the Excel version has every one (the benchmark's 10,000 activities made 691 pages before).
/// </summary>
public sealed class LargeRegisterTests : IAsyncLifetime
{
    private readonly ReviewRegister register = new();

    public async Task InitializeAsync()
    {
        await register.InitializeAsync();
        var plan = (await register.Store.QueryAsync(ActionPlansList.Name, Core.Lists.ListQuery.All, CancellationToken.None))
            .First(p => p.LookupId(ActionPlansList.Partner) == register.Guangzhou).Id;
        for (var i = 0; i < 40; i++)
        {
            await register.Store.CreateAsync(ActivitiesList.Name, ActivitiesList.Fields(new Core.Domain.Activity(
                $"Kulturutbyte {i:00}", register.Guangzhou, plan, ThematicArea.Culture, i % 2 == 0 ? "Kultur- och fritidsförvaltningen" : "Östgötateatern",
                "kultur@linkoping.example", new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31), i < 30 ? ActivityStatus.Done : ActivityStatus.Planned,
                i < 30 ? null : new DateOnly(2016, 6, 30), null, null), $"large-{i}"), CancellationToken.None);
        }
    }

    public Task DisposeAsync() => register.DisposeAsync();

    private ReviewRequest Request => new(register.Guangzhou, null, null, CultureInfo.GetCultureInfo("sv"));

    [Fact]
    public async Task Document_CountsALargeThemePerOrganisationAndListsOnlyItsOverdueActivities()
    {
        var document = await register.Generator().CreateAsync(Request, CancellationToken.None);

        using var package = new WordPackage(document.Content);
        var captions = package.Tables.Select(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value).ToList();
        var culture = package.Tables[captions.IndexOf("Kultur")];
        Assert.Equal("Organisation", culture.Elements<TableRow>().First().Elements<TableCell>().First().InnerText);
        Assert.Equal(3, culture.Elements<TableRow>().Count());
        var overdue = package.Tables[captions.IndexOf("Försenade aktiviteter: Kultur")];
        Assert.Equal(1 + 10, overdue.Elements<TableRow>().Count());
        Assert.DoesNotContain("Kulturutbyte 00", package.Tables.Select(t => t.InnerText), StringComparer.Ordinal);
        Assert.True(package.ValidationErrors.Count == 0, string.Join('\n', package.ValidationErrors));
    }

    [Fact]
    public async Task Workbook_HasEveryActivityOfTheLargeTheme()
    {
        var workbook = await register.Generator().CreateWorkbookAsync(Request, CancellationToken.None);

        using var spreadsheet = SpreadsheetDocument.Open(new MemoryStream(workbook.Content), false);
        var sheet = spreadsheet.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Alla aktiviteter Kultur");
        var rows = ((WorksheetPart)spreadsheet.WorkbookPart.GetPartById(sheet.Id!)).Worksheet!.Descendants<Row>().Count();
        Assert.Equal(1 + 41, rows);
    }
}
