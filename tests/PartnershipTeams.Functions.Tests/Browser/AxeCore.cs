using System.Text.Json;
using Microsoft.Playwright;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>
/// axe-core (npm, tests/tools) injected into a page in headless Chromium: the WCAG 2.0/2.1 A and AA rules, as
/// EN 301 549 asks of Swedish public bodies' web pages. Returns every violation with its impact.
/// </summary>
public static class AxeCore
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "axe-core", "axe.min.js");

    public sealed record Violation(string Rule, string Impact, string Help, int Nodes, string Example);

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (!File.Exists(Script))
        {
            throw new InvalidOperationException($"{Script} is missing: run the README's test command, which runs npm ci in tests/tools.");
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => ({ rule: v.id, impact: v.impact || 'unknown', help: v.help, nodes: v.nodes.length, example: v.nodes[0] ? v.nodes[0].html : '' }));
            }
            """);
        return [.. json.EnumerateArray().Select(v => new Violation(
            v.GetProperty("rule").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("nodes").GetInt32(), v.GetProperty("example").GetString()!))];
    }
}
