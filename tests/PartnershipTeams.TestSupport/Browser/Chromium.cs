using Microsoft.Playwright;

namespace PartnershipTeams.TestSupport.Browser;

/// <summary>Debian's headless Chromium driven by Playwright (the test command installs the package).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run the README's test command, which installs Debian's chromium.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Args = Arguments });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (ignored by git).</summary>
    public static string ScreenshotPath(string name)
    {
        var target = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(target);
        return Path.Combine(target, name + ".png");
    }
}
