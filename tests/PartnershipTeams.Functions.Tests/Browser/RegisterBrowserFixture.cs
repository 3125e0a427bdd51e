using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.TestSupport.Browser;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>The app (demo register) on a loopback port and one headless Chromium, shared by the page tests of a class.</summary>
public sealed class RegisterBrowserFixture : IAsyncLifetime
{
    public ProductApp App { get; } = new(onLoopbackPort: true);

    public IBrowser Browser { get; private set; } = null!;

    public string BaseAddress { get; private set; } = string.Empty;

    private IPlaywright playwright = null!;

    public async Task InitializeAsync()
    {
        BaseAddress = App.Address;
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>The id of the first item of a list whose title contains the text.</summary>
    public async Task<int> IdOfAsync(string list, string titleContains)
    {
        var items = await App.Services.GetRequiredService<IListStore>().QueryAsync(list, ListQuery.All, CancellationToken.None);
        return items.First(i => (i.Text("Title") ?? string.Empty).Contains(titleContains, StringComparison.Ordinal)).Id;
    }

    public async Task<IReadOnlyList<ListItem>> ItemsAsync(string list) =>
        await App.Services.GetRequiredService<IListStore>().QueryAsync(list, ListQuery.All, CancellationToken.None);
}
