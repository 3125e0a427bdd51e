using Microsoft.Playwright;
using PartnershipTeams.TestSupport.Browser;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>The register browser as a person sees it: a real Chromium against the app on a loopback port.</summary>
public sealed class ListBrowserPageTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private string baseAddress = string.Empty;

    public async Task InitializeAsync()
    {
        app.ServeOnLoopbackPort();
        baseAddress = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task VisitsPageClickingTheStartHeaderTwice_ShowsTheLatestVisitFirst()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync($"{baseAddress}/lists/Visits");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Från", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Från ▲", Exact = true }).ClickAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("lists-visits-by-start-desc"), FullPage = true });

        var firstRow = await page.Locator("tbody tr").First.InnerTextAsync();
        Assert.Contains("Gemensam delegationsresa kommun och universitet", firstRow, StringComparison.Ordinal);
        Assert.Contains("2014-03-10", firstRow, StringComparison.Ordinal);
        Assert.Equal("Besök och delegationsresor", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task IndexPageLinkToActivities_OpensTheActivitiesTable()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"{baseAddress}/");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Aktiviteter" }).First.ClickAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("lists-activities"), FullPage = true });

        Assert.EndsWith("/lists/Activities", page.Url, StringComparison.Ordinal);
        Assert.Equal(9, await page.Locator("tbody tr").CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = "Tematiskt område" }).IsVisibleAsync());
    }
}
