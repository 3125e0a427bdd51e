using Microsoft.Playwright;
using PartnershipTeams.TestSupport.Browser;

namespace PartnershipTeams.EndToEnd.Tests;

/// <summary>A person in the Playground's personal chat: types, fills cards, presses buttons, and is photographed.</summary>
public sealed class ChatSession(IPage page)
{
    public IPage Page => page;

    /// <summary>Types a message into the compose box and sends it, as a person would.</summary>
    public async Task SayAsync(string text)
    {
        var compose = page.Locator("[data-lexical-editor='true']");
        await compose.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>The compose box; a card chosen in a message extension waits here until it is sent.</summary>
    public ILocator ComposeBox => page.Locator("[data-lexical-editor='true']");

    /// <summary>
    /// Opens the compose box's search-based message extension and types a search. The Playground does not read the app
    /// package: the command id and parameter name the manifest declares are typed into its options first.
    /// </summary>
    public async Task SearchFromComposeBoxAsync(string commandId, string parameterName, string text)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Trigger Message Extension App" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Search Command" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Specify Command ID or Parameter" }).ClickAsync();
        await page.GetByPlaceholder("Command ID").FillAsync(commandId);
        await page.GetByPlaceholder("Parameter name").FillAsync(parameterName);
        await page.GetByPlaceholder("Enter a search term").FillAsync(text);
    }

    public Task SeeAsync(string text) => page.GetByText(text).Last.WaitForAsync();

    public Task<int> CountAsync(string text) => page.GetByText(text).CountAsync();

    /// <summary>Fills the first input with this label (follow-up 1 of the visit card; one form is open at a time).</summary>
    public Task FillAsync(string label, string value) => page.GetByLabel(label).First.FillAsync(value);

    /// <summary>
    /// Types a date into the index-th date input. The Playground's date picker (Fluent UI) takes typed text on Enter
    /// and then opens its calendar, which stays over the fields below it until it closes: closed, and only then
    /// another field or the submit button can be pressed. Escape closes it; the step ends when it is closed.
    /// </summary>
    public async Task FillDateAsync(int index, string isoDate)
    {
        var date = page.GetByPlaceholder("Select a date...").Nth(index);
        await date.FillAsync(isoDate);
        await date.PressAsync("Enter");
        await date.PressAsync("Escape");
        await Assertions.Expect(date).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    public async Task ChooseAsync(string comboboxLabel, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = comboboxLabel }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).ClickAsync();
    }

    public Task CheckAsync(string checkboxLabel) => page.Locator($"input[type=checkbox][aria-label='{checkboxLabel}']").Last.CheckAsync();

    public Task PickAsync(string radioValue) => page.Locator($"input[type=radio][value='{radioValue}']").Last.CheckAsync();

    /// <summary>Picks a choice of the last radio group whose label contains <paramref name="question"/> (several questions share Ja/Nej).</summary>
    public Task PickAsync(string question, string radioValue) =>
        page.GetByRole(AriaRole.Radiogroup, new() { Name = question }).Last.Locator($"input[type=radio][value='{radioValue}']").CheckAsync();

    /// <summary>The last card in the chat (the one a person is working on).</summary>
    public ILocator LastCard => page.Locator(".ac-adaptiveCard").Last;

    /// <summary>The inputs of the last card a person sees now (hidden parts of the card not counted), one per field.</summary>
    public Task<int> VisibleFieldsAsync() => LastCard.EvaluateAsync<int>(
        "card => [...card.querySelectorAll('.ac-input-container')].filter(e => e.offsetParent !== null).length");

    /// <summary>
    /// A picture of the last card alone, as the person sees it: the window made tall enough for the whole card first
    /// (the chat scrolls, and a card taller than the window would be cut), then as it was.
    /// </summary>
    public async Task CardScreenshotAsync(string scenario)
    {
        var window = page.ViewportSize!;
        var height = (int)Math.Ceiling((await LastCard.BoundingBoxAsync())!.Height) + 600;
        await page.SetViewportSizeAsync(window.Width, Math.Max(window.Height, height));
        await LastCard.ScreenshotAsync(new LocatorScreenshotOptions { Path = Chromium.ScreenshotPath($"e2e/{scenario}") });
        await page.SetViewportSizeAsync(window.Width, window.Height);
    }

    public Task PressAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).Last.ClickAsync();

    public Task ScreenshotAsync(string scenario) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"e2e/{scenario}"), FullPage = true });
}
