using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests;

public sealed class ListBrowserTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetActivities_ShowsTheDemoActivitiesWithSwedishTitlesAndLabels()
    {
        var (status, html) = await GetAsync("/lists/Activities");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Gemensamt forskningscenter för Urban Sustainable Development", html, StringComparison.Ordinal);
        Assert.Contains(">Tematiskt område", html, StringComparison.Ordinal);
        Assert.Contains("<td>Forskning och utbildning</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Guangzhou</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetVisits_ShowsAmountsAndFlagsTheSwedishWay()
    {
        var partner = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None))[0].Id;
        await app.Store.CreateAsync(VisitsList.Name, VisitsList.Fields(new Visit(
            "Kulturutbyte", partner, VisitDirection.Incoming, new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 6), ["Kultur- och fritidsförvaltningen"], "5 personer", "Utbyte",
            [ThematicArea.Culture], DemocracyDialogue.Yes, "Vid mötet", null, [new OrganisationCost("Kultur- och fritidsförvaltningen", 1200.50m), new OrganisationCost("Linköpings universitet", 8000m)],
            [], "anna@linkoping.example", DateTimeOffset.UnixEpoch, "0123456789abcdef0123456789abcdef")), CancellationToken.None);
        var overdue = ActivitiesList.Fields(new Activity("Försenad uppföljning", partner, null, ThematicArea.Culture, "Kultur", "anna@linkoping.example", null, null, ActivityStatus.Ongoing, new DateOnly(2026, 1, 1), null, null), null);
        overdue[ActivitiesList.IsOverdue] = true;
        await app.Store.CreateAsync(ActivitiesList.Name, overdue, CancellationToken.None);

        // The page encodes the no-break spaces of Swedish amounts as character references; read it as a browser does.
        var visits = WebUtility.HtmlDecode((await GetAsync("/lists/Visits")).Html);
        var activities = WebUtility.HtmlDecode((await GetAsync("/lists/Activities")).Html);

        Assert.Contains("<td class=\"number\">9\u00a0200,50\u00a0kr</td>", visits, StringComparison.Ordinal);
        Assert.Contains("Kultur- och fritidsförvaltningen: 1\u00a0200,50\u00a0kr<br>Linköpings universitet: 8\u00a0000\u00a0kr", visits, StringComparison.Ordinal);
        Assert.Contains("<td>Besök från vänorten</td>", visits, StringComparison.Ordinal);
        Assert.Contains("<td>Ja</td>", activities, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIndex_ListsEveryListWithItsCount()
    {
        var (status, html) = await GetAsync("/lists");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/lists/Visits\">Besök och delegationsresor</a></td><td class=\"number\">4</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/lists/Partners\">Vänorter</a></td><td class=\"number\">2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetVisitsSortedByStartDescending_PutsTheLatestVisitFirst()
    {
        var (_, html) = await GetAsync("/lists/Visits?sort=Start&dir=desc");

        var delegation2014 = html.IndexOf("Gemensam delegationsresa kommun och universitet", StringComparison.Ordinal);
        var ship2006 = html.IndexOf("Ostindiefararen Götheborg i Guangzhou", StringComparison.Ordinal);
        Assert.True(delegation2014 > 0 && ship2006 > delegation2014, "the 2014 delegation should come before the 2006 ship visit");
        Assert.Contains("aria-sort=\"descending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetVisitsSortedByPartnerTitle_UsesTheLookedUpNames()
    {
        var (_, html) = await GetAsync("/lists/Visits?sort=Partner&dir=desc");

        Assert.True(html.IndexOf("<td>Macau</td>", StringComparison.Ordinal) < html.IndexOf("<td>Guangzhou</td>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetListWithMarkupInUserText_ShowsItAsTextNotMarkup()
    {
        var store = app.Services.GetRequiredService<IListStore>();
        await store.CreateAsync("Partners", new Dictionary<string, object?>
        {
            ["Title"] = "<script>alert('x')</script> & \"Ö\"",
            ["Kind"] = "vänort",
        }, CancellationToken.None);

        var (_, html) = await GetAsync("/lists/Partners");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Ö&quot;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lists/NoSuchList", HttpStatusCode.NotFound)]
    [InlineData("/lists/Visits?sort=Nope", HttpStatusCode.BadRequest)]
    [InlineData("/lists/Visits?dir=sideways", HttpStatusCode.BadRequest)]
    [InlineData("/lists/Visits?page=-1", HttpStatusCode.BadRequest)]
    [InlineData("/lists/Visits?page=abc", HttpStatusCode.BadRequest)]
    public async Task GetListWithABadRequest_Gives4xxWithAnExplanation(string path, HttpStatusCode expected)
    {
        var (status, html) = await GetAsync(path);

        Assert.Equal(expected, status);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("Till alla listor", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetListFromAnotherMachine_IsRefused()
    {
        using var remote = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteCaller()))).CreateClient();

        var response = await remote.GetAsync(new Uri("/lists/Partners", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Guangzhou", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Makes every request look as if it came from another machine.</summary>
    private sealed class RemoteCaller : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.44");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task PostToList_IsNotAllowed()
    {
        var response = await client.PostAsync(new Uri("/lists/Visits", UriKind.Relative), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
