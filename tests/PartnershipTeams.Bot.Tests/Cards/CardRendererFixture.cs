using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Browser;

namespace PartnershipTeams.Bot.Tests.Cards;

/// <summary>One headless Chromium page with the official Adaptive Cards JS renderer and Teams' light host config.</summary>
public sealed class CardRendererFixture : IAsyncLifetime
{
    private const string RenderScript = """
        ([cardJson, hostConfigJson]) => {
          const card = JSON.parse(cardJson);
          const adaptiveCard = new AdaptiveCards.AdaptiveCard();
          adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfigJson));
          const context = new AdaptiveCards.SerializationContext();
          adaptiveCard.parse(card, context);
          const problems = [];
          for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
          for (const event of adaptiveCard.validateProperties().validationEvents) problems.push(event.message);
          const host = document.getElementById('host');
          host.innerHTML = '';
          const element = adaptiveCard.render();
          if (!element) { problems.push('render() returned nothing'); return { problems, text: '' }; }
          host.appendChild(element);
          return { problems, text: host.innerText };
        }
        """;

    /// <summary>
    /// Parses a card with the official renderer's object model (adaptivecards 3.0, which defines Action.Execute and
    /// refresh since schema 1.4) and reports what it understood: each action's type, verb and fallback, and the refresh.
    /// </summary>
    private const string UniversalActionsScript = """
        (cardJson) => {
          const adaptiveCard = new AdaptiveCards.AdaptiveCard();
          const context = new AdaptiveCards.SerializationContext();
          adaptiveCard.parse(JSON.parse(cardJson), context);
          const problems = [];
          for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
          const describe = a => ({ type: a.getJsonTypeName(), verb: a.verb ?? null, inActionSet: a.parent instanceof AdaptiveCards.ActionSet });
          const actions = [...new Set(adaptiveCard.getAllActions())].map(describe);
          const refresh = adaptiveCard.refresh && adaptiveCard.refresh.action ? describe(adaptiveCard.refresh.action) : null;
          const userIds = adaptiveCard.refresh ? (adaptiveCard.refresh.userIds ?? []) : [];
          return JSON.stringify({ problems, actions, refresh, userIds });
        }
        """;

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private IPage page = null!;
    private JsonNode hostConfig = null!;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task InitializeAsync()
    {
        (playwright, browser) = await Chromium.LaunchAsync();
        page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 520, Height = 900 } });
        await page.SetContentAsync("<!DOCTYPE html><html><body style=\"margin:0;background:#f5f5f5;font-family:'Segoe UI',sans-serif\"><div id=\"host\" style=\"width:480px;padding:12px;background:#fff\"></div></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryPaths.NodeModules, "adaptivecards", "dist", "adaptivecards.min.js") });
        hostConfig = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.NodeModules, "adaptivecards-designer", "lib", "hostConfigs", "microsoft-teams-light.json")))!;
    }

    /// <summary>Parses, validates and renders a card; returns the renderer's problems and the text a person sees, and saves a screenshot.</summary>
    public async Task<(IReadOnlyList<string> Problems, string Text)> RenderAsync(string name, JsonObject card)
    {
        await oneAtATime.WaitAsync();
        try
        {
            var result = await page.EvaluateAsync<RenderResult>(RenderScript, new[] { card.ToJsonString(), hostConfig.ToJsonString() });
            await page.Locator("#host").ScreenshotAsync(new LocatorScreenshotOptions { Path = Chromium.ScreenshotPath($"cards/{name}") });
            return (result.Problems, result.Text);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>What the official renderer's object model made of the card's actions and refresh.</summary>
    public async Task<ParsedActions> ParseActionsAsync(JsonObject card)
    {
        await oneAtATime.WaitAsync();
        try
        {
            var json = await page.EvaluateAsync<string>(UniversalActionsScript, card.ToJsonString());
            return System.Text.Json.JsonSerializer.Deserialize<ParsedActions>(json, WebJson)!;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        oneAtATime.Dispose();
    }

    /// <summary>The renderer's reading of a card: parse problems, every action (type, verb, whether in an ActionSet) and the refresh.</summary>
    public sealed class ParsedActions
    {
        public string[] Problems { get; set; } = [];

        public ParsedAction[] Actions { get; set; } = [];

        public ParsedAction? Refresh { get; set; }

        public string[] UserIds { get; set; } = [];
    }

    /// <summary>One action as the renderer parsed it.</summary>
    public sealed class ParsedAction
    {
        public string Type { get; set; } = string.Empty;

        public string? Verb { get; set; }

        public bool InActionSet { get; set; }
    }

    private sealed class RenderResult
    {
        public string[] Problems { get; set; } = [];

        public string Text { get; set; } = string.Empty;
    }
}
