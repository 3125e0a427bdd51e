using System.Collections.Concurrent;
using Microsoft.Playwright;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport.Browser;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>Every page of the register browser, checked by axe-core in headless Chromium: no serious or critical violation.</summary>
public sealed class RegisterAccessibilityTests(RegisterBrowserFixture fixture) : IClassFixture<RegisterBrowserFixture>
{
    private static readonly ConcurrentDictionary<string, string> Results = new();

    public static TheoryData<string> Pages() => new(
        "/lists", "/lists/Partners", "/lists/ActionPlans", "/lists/Activities", "/lists/Goals", "/lists/GoalUpdates", "/lists/Visits", "/lists/ReviewCycles",
        "partner:Guangzhou", "visit:Gemensam delegationsresa", "activity:Exportfrämjande", "goal:Fler kinesiska", "plan:Guangzhou",
        "/lists/Activities?theme=Education&status=Ongoing", "/lists/Activities?overdue=1", "/lists/Visits?year=2014",
        "/lists/Visits/99999", "/lists/Activities?theme=Nope");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousOrCriticalAxeViolations(string target)
    {
        var path = await PathOfAsync(target);
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(fixture.BaseAddress + path);

        var violations = await AxeCore.RunAsync(page);

        var name = target.Replace('/', '_').Replace('?', '_').Replace(':', '_').Replace('&', '_').Replace('=', '-');
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("register" + name), FullPage = true });
        Results[path] = violations.Count == 0 ? "0 violations" : string.Join("; ", violations.Select(v => $"{v.Rule} ({v.Impact}, {v.Nodes})"));
        WriteSummary();
        var blocking = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, string.Join('\n', blocking.Select(v => $"{v.Rule} [{v.Impact}] {v.Help} ×{v.Nodes}: {v.Example}")));
    }

    private async Task<string> PathOfAsync(string target) => target.Split(':') switch
    {
        ["partner", var title] => $"/lists/{PartnersList.Name}/{await fixture.IdOfAsync(PartnersList.Name, title)}",
        ["visit", var title] => $"/lists/{VisitsList.Name}/{await fixture.IdOfAsync(VisitsList.Name, title)}",
        ["activity", var title] => $"/lists/{ActivitiesList.Name}/{await fixture.IdOfAsync(ActivitiesList.Name, title)}",
        ["goal", var title] => $"/lists/{GoalsList.Name}/{await fixture.IdOfAsync(GoalsList.Name, title)}",
        ["plan", var title] => $"/lists/{ActionPlansList.Name}/{await fixture.IdOfAsync(ActionPlansList.Name, title)}",
        _ => target,
    };

    /// <summary>What axe found per page, in artifacts/ (for the closing note).</summary>
    private static void WriteSummary()
    {
        var file = Path.Combine(Path.GetDirectoryName(Chromium.ScreenshotPath("x"))!, "..", "axe-register.txt");
        lock (Results)
        {
            File.WriteAllLines(file, Results.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}\t{r.Value}"));
        }
    }
}
