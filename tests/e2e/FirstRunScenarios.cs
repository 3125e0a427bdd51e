using Microsoft.Playwright;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Browser;

namespace PartnershipTeams.EndToEnd.Tests;

/// <summary>
/// A new user's first run: the product on its demo data with the current period (dated from the day of seeding), in the
/// Agents Playground as its default user, who owns some of the current follow-ups.
/// </summary>
public sealed class FirstRunScenarios : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Bot:Language"] = "sv", ["Store:SeedDemoCurrentPeriod"] = "true" };

    // Tuesday 2026-11-24 09:00 in Stockholm.
    private readonly ProductApp product = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), Settings, onLoopbackPort: true);
    private Playground playground = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private ChatSession chat = null!;

    public async Task InitializeAsync()
    {
        playground = await Playground.StartAsync($"{product.Address}/api/messages");
        (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(playground.Url);
        chat = new ChatSession(page);
        await chat.SeeAsync("Välkommen till vänortsrapporteringen");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await playground.DisposeAsync();
        await product.DisposeAsync();
    }

    [Fact]
    public async Task MyFollowUps_ShowsTheOverdueOneMarkedWithTheReminderActionsOnEachRow()
    {
        await chat.SayAsync("mina uppföljningar");

        await chat.SeeAsync("Rapport från skolbesöket till utbildningsnämnden");
        await chat.SeeAsync("Skicka avsiktsförklaring om lärarutbyten");
        await chat.SeeAsync("Försenad");
        await chat.ScreenshotAsync("6-overdue-follow-up");
        foreach (var action in new[] { "Uppdatera nu", "Påminn om en vecka", "Markera som klar" })
        {
            Assert.Equal(2, await chat.Page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).CountAsync());
        }
    }

    [Fact]
    public async Task UpdateGoalShowsTheGoalsIndicatorTargetAndNextReview_WithTheOnlyGoalChosen()
    {
        await chat.SayAsync("uppdatera mål");

        await chat.SeeAsync("Antal lärare på utbyte per år");
        await chat.SeeAsync("Målvärde");
        await chat.ScreenshotAsync("8-update-goal-details");
        var chosen = chat.Page.GetByRole(AriaRole.Combobox, new() { Name = "Uppnåendemål" }).Last;
        Assert.Contains("Fler lärarutbyten med Guangzhou", await chosen.TextContentAsync() + await chosen.GetAttributeAsync("value"), StringComparison.Ordinal); // the only goal, chosen already
    }
}
