using System.Diagnostics;
using System.Text;
using NJsonSchema;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Cards;

/// <summary>Every card against the official Adaptive Card JSON schema (shipped by the adaptivecards-designer npm package), and Teams' size limit.</summary>
public sealed class CardSchemaTests
{
    private const int TeamsCardLimitBytes = 28 * 1024;
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadSchemaAsync);

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public async Task Card_IsValidAgainstTheOfficialSchema(string name)
    {
        var schema = await Schema.Value;

        var errors = schema.Validate(CardCatalog.All[name].ToJsonString());

        Assert.Empty(Describe(errors));
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
