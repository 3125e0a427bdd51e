using Microsoft.Playwright;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Browser;

namespace PartnershipTeams.EndToEnd.Tests;

/// <summary>
/// The product on a loopback port with the Agents Playground in headless Chromium in front of it, the user's personal
/// chat open and welcomed: what each scenario class starts from.
/// </summary>
public abstract class PlaygroundScenarios(DateTimeOffset now, IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    private Playground playground = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    protected ProductApp Product { get; } = new(now, settings, onLoopbackPort: true);

    protected ChatSession Chat { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playground = await Playground.StartAsync($"{Product.Address}/api/messages");
        (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(playground.Url);
        Chat = new ChatSession(page);
        await Chat.SeeAsync("Välkommen till vänortsrapporteringen");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await playground.DisposeAsync();
        await Product.DisposeAsync();
    }
}
