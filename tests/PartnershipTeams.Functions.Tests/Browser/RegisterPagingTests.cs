using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>
/// Issue 25 item 4: the partner overview and an item's related items come a page at a time (25 rows a section), with
/// previous and next links that keep the page's other query parameters — never every visit and activity at once.
/// </summary>
public sealed partial class RegisterPagingTests : RegisterPageTestBase
{
    private const int Visits = 60;

    /// <summary>Past visits to the partner, "Pagingbesök 001" the latest; the overview lists past visits newest first.</summary>
    private async Task<int> PartnerWithPastVisitsAsync()
    {
        var partner = await IdAsync(PartnersList.Name, "Guangzhou");
        var start = new DateOnly(2019, 1, 1);
        for (var i = 1; i <= Visits; i++)
        {
            var visit = new Visit(
                $"Pagingbesök {i:000}", partner, VisitDirection.Outgoing, start.AddDays(-i), start.AddDays(-i), ["Kommunledningskontoret"], string.Empty, "Samarbete",
                [ThematicArea.Culture], DemocracyDialogue.NotApplicable, null, null, [], [], "bench@linkoping.example", DateTimeOffset.UnixEpoch, $"paging-{i}", GenderEquality.No);
            await Store.CreateAsync(VisitsList.Name, VisitsList.Fields(visit), CancellationToken.None);
        }

        return partner;
    }

    private static List<string> PagingVisits(string html) => [.. VisitTitle().Matches(html).Select(m => m.Value)];

    [Fact]
    public async Task PartnerWithSixtyPastVisits_ShowsThemTwentyFiveAtATimeByItsNextLinks()
    {
        var partner = await PartnerWithPastVisitsAsync();

        var seen = new List<string>();
        var pages = 0;
        string? path = $"/lists/Partners/{partner}";
        while (path is not null && pages < 10)
        {
            var (status, html) = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            var visits = PagingVisits(html);
            Assert.InRange(visits.Count, 0, 25);
            seen.AddRange(visits);
            pages++;
            path = NextLinks().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).SingleOrDefault(h => h.Contains("pastPage=", StringComparison.Ordinal));
        }

        Assert.Equal([.. Enumerable.Range(1, Visits).Select(i => $"Pagingbesök {i:000}")], seen.Order(StringComparer.Ordinal));
        Assert.InRange(pages, 3, 4);
    }

    [Fact]
    public async Task NextLinkOfThePastVisits_KeepsTheOtherParametersEscaped()
    {
        var partner = await PartnerWithPastVisitsAsync();
        var (_, first) = await GetAsync($"/lists/Partners/{partner}?goalsPage=1&note=%3Cb%3E%20%26");

        var next = NextLinks().Matches(first).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).Single(h => h.Contains("pastPage=2", StringComparison.Ordinal));
        var (status, second) = await GetAsync(next);

        Assert.Contains("goalsPage=1", next, StringComparison.Ordinal);
        Assert.Contains("note=%3Cb%3E%20%26", next, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Föregående", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerPageWithAPageNumberThatIsNotOne_IsA400InSwedish()
    {
        var partner = await IdAsync(PartnersList.Name, "Guangzhou");

        var (status, html) = await GetAsync($"/lists/Partners/{partner}?pastPage=x");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Sidnumret ska vara ett heltal från 1.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanWithSixtyActivities_ListsTwentyFiveOnItsPage()
    {
        var partner = await IdAsync(PartnersList.Name, "Guangzhou");
        var plan = await IdAsync(ActionPlansList.Name, "Handlingsplan Guangzhou");
        for (var i = 1; i <= Visits; i++)
        {
            await Store.CreateAsync(ActivitiesList.Name, new Dictionary<string, object?>
            {
                [ActivitiesList.Title] = $"Pagingaktivitet {i:000}",
                [ActivitiesList.Partner] = partner,
                [ActivitiesList.ActionPlan] = plan,
                [ActivitiesList.Theme] = RegisterWords.Of(ThematicArea.Culture),
                [ActivitiesList.Status] = RegisterWords.Of(ActivityStatus.Planned),
            }, CancellationToken.None);
        }

        var (_, html) = await GetAsync($"/lists/ActionPlans/{plan}");

        Assert.InRange(ActivityTitle().Count(html), 1, 25);
        Assert.Contains("Nästa", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("Pagingbesök \\d{3}")]
    private static partial Regex VisitTitle();

    [GeneratedRegex("Pagingaktivitet \\d{3}")]
    private static partial Regex ActivityTitle();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*>Nästa")]
    private static partial Regex NextLinks();
}
