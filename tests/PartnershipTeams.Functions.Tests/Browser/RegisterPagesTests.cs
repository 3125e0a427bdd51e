using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Tests.Reports;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>Item pages with links both ways, the partner overview, filters and the Excel export of a list.</summary>
public sealed class RegisterPagesTests : RegisterPageTestBase
{
    [Fact]
    public async Task VisitPageListsItsFollowUps_AndTheFollowUpLinksBackToTheVisitPlanAndPartner()
    {
        var visit = await IdAsync(VisitsList.Name, "Gemensam delegationsresa");
        var partner = await IdAsync(PartnersList.Name, "Guangzhou");
        var plan = await IdAsync(ActionPlansList.Name, "Handlingsplan Guangzhou");
        var followUp = (await Store.CreateAsync(ActivitiesList.Name, new Dictionary<string, object?>
        {
            [ActivitiesList.Title] = "Skicka avsiktsförklaring till universitetet",
            [ActivitiesList.Partner] = partner,
            [ActivitiesList.ActionPlan] = plan,
            [ActivitiesList.Theme] = RegisterWords.Of(ThematicArea.ResearchAndHigherEducation),
            [ActivitiesList.Status] = RegisterWords.Of(ActivityStatus.Planned),
            [ActivitiesList.SourceVisit] = visit,
        }, CancellationToken.None)).Id;

        var (status, visitPage) = await GetAsync($"/lists/Visits/{visit}");
        var (_, activityPage) = await GetAsync($"/lists/Activities/{followUp}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Gemensam delegationsresa kommun och universitet</h1>", visitPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/lists/Activities/{followUp}\">Skicka avsiktsförklaring till universitetet</a>", visitPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/lists/Visits/{visit}\">Gemensam delegationsresa kommun och universitet</a>", activityPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/lists/ActionPlans/{plan}\">Handlingsplan Guangzhou", activityPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/lists/Partners/{partner}\">Guangzhou</a>", activityPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemPageForAnItemThatDoesNotExist_IsA404InSwedish()
    {
        var (status, html) = await GetAsync("/lists/Visits/7");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Listan Besök och delegationsresor har ingen post med id 7.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerPage_IsTheOverviewWithGoalStatusInWordsAndChartsWithAltText()
    {
        var partner = await IdAsync(PartnersList.Name, "Guangzhou");

        var (status, html) = await GetAsync($"/lists/Partners/{partner}");
        using var chart = await Client.GetAsync(new Uri($"/lists/Partners/{partner}/charts/0.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var heading in new[] { "Handlingsplaner", "Uppnåendemål", "Kommande besök", "Genomförda besök", "Försenade uppföljningar", "Diagram" })
        {
            Assert.Matches($"<h2( id=\"\\w+\")?>{heading}</h2>", html);
        }

        Assert.Contains("<td>I riskzonen</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/lists/Partners/{partner}/charts/0.png\" alt=\"Stapeldiagram, Uppnåendemål per status: ", html, StringComparison.Ordinal);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await chart.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task ActivitiesFilteredByTheme_ShowsOnlyThatThemeAndKeepsTheFilterInTheSortLinks()
    {
        var (status, html) = await GetAsync("/lists/Activities?theme=Education");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Elev- och lärarutbyten med skolor i Guangzhou", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exportfrämjande genom Exporum och Nulink", html, StringComparison.Ordinal);
        Assert.Contains("dir=asc&amp;theme=Education\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Education\" selected>Utbildning</option>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lists/Activities?theme=Nope")]
    [InlineData("/lists/Partners?overdue=1")]
    [InlineData("/lists/Visits?year=tjugo")]
    [InlineData("/lists/Goals?status=Done")]
    public async Task AFilterThatDoesNotFit_IsA400ThatSaysWhich(string path)
    {
        var (status, html) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("passar inte den här listan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportOfAFilteredList_IsAWorkbookWithSwedishHeadersAndRealDates()
    {
        using var response = await Client.GetAsync(new Uri("/lists/Activities/export.xlsx?theme=Education", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = Sheets.Rows(workbook, "Aktiviteter");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Aktivitet", rows[0][0].Text);
        Assert.Equal("Tematiskt område", rows[0][3].Text);
        Assert.Equal("Utbildning", rows[1][3].Text);
        Assert.Equal("Guangzhou", rows[1][1].Text);
        var start = rows[1][6];
        Assert.Equal("yyyy\\-mm\\-dd", start.NumberFormat);
        Assert.True(double.TryParse(start.Text, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Navigation_LeavesTheGoalHistoryOut()
    {
        var (_, html) = await GetAsync("/lists/Partners");

        var nav = html[html.IndexOf("<nav", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("/lists/Goals\"", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("/lists/GoalUpdates", nav, StringComparison.Ordinal);
    }
}
