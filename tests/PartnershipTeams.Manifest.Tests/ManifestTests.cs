using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Manifest;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Manifest.Tests;

/// <summary>The Teams app package against the official manifest and localization schemas bundled in @microsoft/app-manifest.</summary>
public sealed class ManifestTests
{
    private static readonly string AppPackage = Path.Combine(RepositoryPaths.Root, "manifest", "appPackage");
    private static readonly string Schemas = Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.30");
    private static readonly PackageSettings Settings = PackageSettings.From("7c0e5b1a-1111-4a8e-9d1c-000000000001", "partnerships.azurewebsites.net", null, null, null);

    private static string Manifest() => AppPackager.Manifest(AppPackage, Settings);

    /// <summary>Every language the bot speaks besides Swedish (the manifest's own language).</summary>
    public static TheoryData<string> OtherLanguages() => new(Languages.Supported.Skip(1).Select(c => c.TwoLetterISOLanguageName));

    private static async Task<IEnumerable<string>> ValidateAsync(string schemaFile, string json)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Schemas, schemaFile));
        return Describe(schema.Validate(json));
    }

    private static IEnumerable<string> Describe(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0
            ? Describe(child.Errors.SelectMany(c => c.Value))
            : [$"{e.Path}: {e.Kind}"]);

    [Fact]
    public async Task PackagedManifest_IsValidAgainstTheOfficialSchema()
    {
        Assert.Empty(await ValidateAsync("MicrosoftTeams.schema.json", Manifest()));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public async Task LocalizationOfEveryOtherLanguage_IsValidAgainstTheOfficialSchema(string language)
    {
        Assert.Empty(await ValidateAsync("MicrosoftTeams.Localization.schema.json", AppPackager.Localization(AppPackage, $"{language}.json")));
    }

    [Fact]
    public void PackagedManifest_ListsALocalizationForEveryOtherLanguage()
    {
        var listed = JsonNode.Parse(Manifest())!["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => (string)l!["languageTag"]!);

        Assert.Equal(Languages.Supported.Skip(1).Select(c => c.TwoLetterISOLanguageName).Order(), listed.Order());
    }

    [Fact]
    public async Task Schema_RejectsAManifestWithoutIcons()
    {
        var broken = JsonNode.Parse(Manifest())!.AsObject();
        broken.Remove("icons");

        Assert.NotEmpty(await ValidateAsync("MicrosoftTeams.schema.json", broken.ToJsonString()));
    }

    [Fact]
    public void CommandsAreTheOnesTheBotUnderstands_InSwedish()
    {
        var manifest = JsonNode.Parse(Manifest())!;
        var swedishTitles = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();

        Assert.Equal(BotTexts.For(Languages.Swedish).Commands.Select(c => c.Command), swedishTitles);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void CommandsAreTheOnesTheBotUnderstands_InEveryOtherLanguage(string language)
    {
        var localized = JsonNode.Parse(AppPackager.Localization(AppPackage, $"{language}.json"))!;
        var count = JsonNode.Parse(Manifest())!["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Count;
        var titles = Enumerable.Range(0, count).Select(i => (string)localized[$"bots[0].commandLists[0].commands[{i}].title"]!).ToList();

        Assert.Equal(BotTexts.For(Languages.Find(language)!).Commands.Select(c => c.Command), titles);
    }

    [Fact]
    public void MessageExtension_IsTheBotsSearchCommandOpenedWithoutTyping()
    {
        var manifest = JsonNode.Parse(Manifest())!;
        var extension = Assert.Single(manifest["composeExtensions"]!.AsArray())!;
        var command = Assert.Single(extension["commands"]!.AsArray())!;

        Assert.Equal(Settings.BotAppId, (string?)extension["botId"]);
        Assert.Equal(PartnershipTeams.Bot.Conversations.RegisterSearchHandler.CommandId, (string?)command["id"]);
        Assert.Equal("query", (string?)command["type"]);
        Assert.True((bool?)command["initialRun"]);
    }

    [Fact]
    public void Render_FillsTheBotIdAndDomainEverywhere()
    {
        var manifest = JsonNode.Parse(Manifest())!;

        Assert.Equal(Settings.BotAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(Settings.BotAppId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal(["partnerships.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
        Assert.Equal("https://partnerships.azurewebsites.net/api/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.DoesNotContain("{{", Manifest(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid", "partnerships.azurewebsites.net")]
    [InlineData("7c0e5b1a-1111-4a8e-9d1c-000000000001", "https://partnerships.azurewebsites.net/api")]
    public void RenderWithBadSettings_SaysWhatIsWrong(string appId, string domain)
    {
        Assert.Throws<ArgumentException>(() => AppPackager.Render("{}", PackageSettings.From(appId, domain, null, null, null)));
    }

    [Fact]
    public void Package_HoldsTheManifestLocalizationAndIconsAtItsRoot()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"appPackage-{Guid.NewGuid():N}.zip");
        try
        {
            AppPackager.Package(AppPackage, Settings, zipPath);
            using var zip = ZipFile.OpenRead(zipPath);

            // Every supported language's strings beside the manifest ("en.json", …): a new language adds its file, not a line here.
            string[] expected = ["color.png", "manifest.json", "outline.png", .. Languages.Supported.Skip(1).Select(c => $"{c.TwoLetterISOLanguageName}.json")];
            Assert.Equal(expected.Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_HaveTheSizesTeamsRequires(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppPackage, file));

        Assert.Equal((size, size), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
        Assert.Equal(6, bytes[25]); // RGBA
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var pixels = IconPainter.Outline();

        var visible = Enumerable.Range(0, pixels.Length / 4).Where(i => pixels[(i * 4) + 3] > 0).ToList();
        Assert.Contains(Enumerable.Range(0, pixels.Length / 4), i => pixels[(i * 4) + 3] == 0);
        Assert.NotEmpty(visible);
        Assert.All(visible, i => Assert.Equal((255, 255, 255), (pixels[i * 4], pixels[(i * 4) + 1], pixels[(i * 4) + 2])));
    }

    [Fact]
    public void CommittedIcons_AreWhatThePainterDraws()
    {
        using var color = new MemoryStream();
        PngWriter.Write(color, 192, 192, IconPainter.Color());

        Assert.Equal(File.ReadAllBytes(Path.Combine(AppPackage, "color.png")), color.ToArray());
    }
}
