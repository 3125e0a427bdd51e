using System.Diagnostics;
using System.Text;
using NJsonSchema;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Cards;

/// <summary>
/// Every card against the official Adaptive Card JSON schema (shipped by the adaptivecards-designer npm package), and
/// Teams' size limit. That schema (designer 2.4.4, the newest on npm) predates Universal Actions, so it checks each card
/// as a Teams client without them reads it: every Action.Execute replaced by its Action.Submit fallback, refresh
/// ignored (Universal Actions, backward compatibility). The Action.Execute side is checked by the official renderer's
/// object model, which has Action.Execute and refresh (<see cref="UniversalActionTests"/>).
/// </summary>
public sealed class CardSchemaTests
{
    private const int TeamsCardLimitBytes = 28 * 1024;
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadSchemaAsync);

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public async Task Card_IsValidAgainstTheOfficialSchema(string name)
    {
        var schema = await Schema.Value;

        var errors = schema.Validate(AsClientsWithoutUniversalActionsReadIt(CardCatalog.All[name]).ToJsonString());

        Assert.Empty(Describe(errors));
    }

    /// <summary>The card as an older Teams client renders it: each Action.Execute becomes its fallback; refresh is not read.</summary>
    private static System.Text.Json.Nodes.JsonNode AsClientsWithoutUniversalActionsReadIt(System.Text.Json.Nodes.JsonObject card)
    {
        static System.Text.Json.Nodes.JsonNode? Fallen(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o when (string?)o["type"] == "Action.Execute" && o["fallback"] is System.Text.Json.Nodes.JsonObject fallback => Fallen(fallback.DeepClone()),
            System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.Where(p => p.Key != "refresh").Select(p => KeyValuePair.Create(p.Key, Fallen(p.Value?.DeepClone())))),
            System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray([.. a.Select(i => Fallen(i?.DeepClone()))]),
            _ => node,
        };

        return Fallen(card.DeepClone())!;
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_IsUnderTeamsSizeLimit(string name)
    {
        Assert.True(Encoding.UTF8.GetByteCount(CardCatalog.All[name].ToJsonString()) < TeamsCardLimitBytes);
    }

    [Fact]
    public async Task Schema_RejectsACardWithoutAVersion()
    {
        var schema = await Schema.Value;

        Assert.NotEmpty(schema.Validate("{\"type\":\"AdaptiveCard\",\"body\":[]}"));
    }

    /// <summary>The innermost errors, with their paths: "all of" and "any of" only say that something below failed.</summary>
    private static IEnumerable<string> Describe(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0
            ? Describe(child.Errors.SelectMany(c => c.Value))
            : [$"{e.Path}: {e.Kind}"]);

    private static async Task<JsonSchema> LoadSchemaAsync()
    {
        var start = new ProcessStartInfo("node", ["-e", "process.stdout.write(JSON.stringify(require('adaptivecards-designer/lib/adaptive-card-schema.js').adaptiveCardSchema))"])
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.NodeModules)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var json = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"Reading the schema failed (run ./test.sh, which installs tests/cards): {await node.StandardError.ReadToEndAsync()}");
        }

        return await JsonSchema.FromJsonAsync(json);
    }
}
