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
        // Not waiting for "load": the page asks CDNs for fonts and animations this machine cannot reach, and on a busy
        // machine those can hold the load event past the timeout; the welcome below says the chat is ready.
        await page.GotoAsync(playground.Url, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        Chat = new ChatSession(page);

        // The first answer waits on the Playground, the product and Chromium starting side by side: on a busy build
        // machine that has taken longer than one step of a scenario may.
        await page.GetByText("Välkommen till vänortsrapporteringen").Last.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await playground.DisposeAsync();
        await Product.DisposeAsync();
    }
}
