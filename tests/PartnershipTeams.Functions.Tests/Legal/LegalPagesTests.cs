using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Browser;

namespace PartnershipTeams.Functions.Tests.Legal;

/// <summary>
/// The privacy and terms pages the Teams manifest names answer (issue 10: they were 404), in Swedish and then English,
/// for anyone, and the privacy page states the retention periods the app is configured with.
/// </summary>
public sealed class LegalPagesTests
{
    [Theory]
    [InlineData("/privacy")]
    [InlineData("/api/privacy")]
    [InlineData("/terms")]
    [InlineData("/api/terms")]
    public async Task Page_AnswersInSwedishAndEnglish(string path)
    {
        await using var app = new ProductApp();

        var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<section id=\"sv\" lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"en\" lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_StatesTheDefaultRetentionPeriods()
    {
        await using var app = new ProductApp();

        var html = await app.CreateClient().GetStringAsync(new Uri("/privacy", UriKind.Relative));

        Assert.Contains("Deltagarnas namn tas bort 4 år efter besökets sista dag.", html, StringComparison.Ordinal);
        Assert.Contains("The participants&#x27; names are removed 4 years after the visit&#x27;s last day.", html, StringComparison.Ordinal);
        Assert.Contains("därefter tas bort 30 dagar efter att appen togs bort eller blockerades", html, StringComparison.Ordinal);
        Assert.Contains("are removed 90 days after the reminder", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyStatesTheConfiguredPeriods_AndThatAKindKeptForEverIsKept()
    {
        await using var app = new ProductApp();
        await using var configured = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Retention:VisitParticipants", "731");
            builder.UseSetting("Retention:ReminderLedger", "0");
            builder.UseSetting("Retention:InactiveConversations", "1");
        });

        var html = await configured.CreateClient().GetStringAsync(new Uri("/privacy", UriKind.Relative));

        Assert.Contains("Deltagarnas namn tas bort 2 år efter besökets sista dag.", html, StringComparison.Ordinal);
        Assert.Contains("Skickade påminnelser (vilken uppgift, till vem, när och hur det gick) sparas tills vidare.", html, StringComparison.Ordinal);
        Assert.Contains("därefter tas bort 1 dag efter att appen togs bort", html, StringComparison.Ordinal);
        Assert.Contains("after that removed 1 day after the app was removed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyInABrowser_ReadsInSwedishFirstThenEnglish()
    {
        await using var app = new ProductApp(onLoopbackPort: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);

            await page.GotoAsync($"{app.Address}/privacy");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("privacy"), FullPage = true });

            Assert.Equal(["Integritetsskydd i PartnershipTeams", "Privacy in PartnershipTeams"], await page.Locator("h1").AllInnerTextsAsync());
            Assert.Equal("Integritetsskydd i PartnershipTeams", await page.TitleAsync());
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "In English" }).ClickAsync();
            Assert.EndsWith("/privacy#en", page.Url, StringComparison.Ordinal);
            Assert.Empty(errors);
        }
    }
}
