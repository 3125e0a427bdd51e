using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>
/// Issue 23 items 4 and 5 in the register browser: a withdrawn visit is marked where a manager looks and left out of the
/// Visits list unless asked for; participants typed one per line stay one per line on the page and in the Excel export.
/// </summary>
public sealed class WithdrawnAndMultiLineVisitTests : IAsyncLifetime
{
    private const string Participants = "Karin Lind, utbildningsförvaltningen\nWang Li, Guangzhou Education Bureau";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private HttpClient client = null!;
    private int withdrawn;
    private int standing;

    public async Task InitializeAsync()
    {
        client = app.CreateClient();
        var partner = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;
        Visit Visit(string title, string submissionId) => new(
            title, partner, VisitDirection.Incoming, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 7), ["Utbildningsförvaltningen"], Participants,
            "Skolbesök", [ThematicArea.Education], DemocracyDialogue.No, null, null, [], [], "karin.lind@linkoping.example", app.Clock.GetUtcNow(), submissionId);
        standing = (await app.Store.CreateAsync(VisitsList.Name, VisitsList.Fields(Visit("Skolbesök som står kvar", "a0000000000000000000000000000001")), None)).Id;
        var item = await app.Store.CreateAsync(VisitsList.Name, VisitsList.Fields(Visit("Skolbesök som återkallades", "a0000000000000000000000000000002")), None);
        await app.Store.UpdateAsync(VisitsList.Name, item.Id, new Dictionary<string, object?>
        {
            [VisitsList.Withdrawn] = true,
            [VisitsList.WithdrawnAt] = new DateTimeOffset(2026, 11, 20, 9, 15, 0, TimeSpan.Zero),
        }, item.ETag, None);
        withdrawn = item.Id;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task VisitsList_LeavesTheWithdrawnOutSaysSoAndShowsThemMarkedWhenAsked()
    {
        var (_, list) = await GetAsync("/lists/Visits");
        var (_, all) = await GetAsync("/lists/Visits?withdrawn=1");

        Assert.Contains("Skolbesök som står kvar", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Skolbesök som återkallades", list, StringComparison.Ordinal);
        Assert.Contains("1 återkallat besök visas inte här.", list, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/lists/Visits?withdrawn=1\">Visa återkallade besök</a>", list, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" id=\"filter-withdrawn\" name=\"withdrawn\" value=\"1\" checked>", all, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/lists/Visits/{withdrawn}\">Skolbesök som återkallades</a> <span class=\"badge\">Återkallad</span>", all, StringComparison.Ordinal);
        Assert.DoesNotContain($"Skolbesök som står kvar</a> <span class=\"badge\">", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawnVisitsPage_SaysSoUnderItsHeadingBeforeAnyField()
    {
        var (_, page) = await GetAsync($"/lists/Visits/{withdrawn}");
        var (_, other) = await GetAsync($"/lists/Visits/{standing}");

        var heading = page.IndexOf("</h1>", StringComparison.Ordinal);
        var notice = page.IndexOf("<p class=\"notice\"", StringComparison.Ordinal);
        Assert.InRange(notice, heading, page.IndexOf("<table", StringComparison.Ordinal));
        Assert.Contains("Återkallad 2026-11-20 10:15 av den som rapporterade besöket.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"notice\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitsPage_ShowsParticipantsOnePerLine()
    {
        var (_, page) = await GetAsync($"/lists/Visits/{standing}");

        Assert.Contains("Karin Lind, utbildningsförvaltningen<br>Wang Li, Guangzhou Education Bureau", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitsExport_LeavesTheWithdrawnOutAndWrapsParticipantsOnePerLine()
    {
        using var response = await client.GetAsync(new Uri("/lists/Visits/export.xlsx", UriKind.Relative));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);

        var part = workbook.WorkbookPart!;
        var cells = part.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToList();
        Assert.DoesNotContain(cells, c => c.InnerText == "Skolbesök som återkallades");
        var participants = cells.First(c => c.InnerText == Participants);
        var format = part.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(participants.StyleIndex?.Value ?? 0));
        Assert.True(format.Alignment?.WrapText?.Value, "Excel shows the line break only in a wrapped cell");
    }

    [Theory]
    [InlineData("/lists/Visits?withdrawn=yes")]
    [InlineData("/lists/Activities?withdrawn=1")]
    public async Task WithdrawnFilterWithAValueItDoesNotTake_IsABadRequest(string path)
    {
        var (status, html) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Visa återkallade besök", html, StringComparison.Ordinal);
    }
}
