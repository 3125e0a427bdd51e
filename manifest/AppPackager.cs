using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Manifest;

/// <summary>What the packaged manifest needs from the environment: the bot's app id and domain, and the developer URLs.</summary>
public sealed record PackageSettings(string BotAppId, string BotDomain, string WebsiteUrl, string PrivacyUrl, string TermsUrl)
{
    public static PackageSettings From(string botAppId, string botDomain, string? websiteUrl, string? privacyUrl, string? termsUrl) =>
        new(botAppId, botDomain, websiteUrl ?? $"https://{botDomain}/", privacyUrl ?? $"https://{botDomain}/api/privacy", termsUrl ?? $"https://{botDomain}/api/terms");
}

/// <summary>
/// Builds appPackage.zip: the manifest with the bot's id and domain filled in, its localization files (every
/// <c>{languageTag}.json</c> beside manifest.json, listed in <c>localizationInfo.additionalLanguages</c>), the two icons.
/// The bot's command list is the bot's own (<see cref="BotCommands"/>, with each command's first words and description
/// from the bot's texts in the manifest's language and in each localization's), so the two cannot differ.
/// </summary>
public static partial class AppPackager
{
    public static string Render(string template, PackageSettings settings)
    {
        if (!Guid.TryParse(settings.BotAppId, out _))
        {
            throw new ArgumentException($"The bot app id must be a GUID (the Entra app registration's client id); got '{settings.BotAppId}'.");
        }

        if (!HostName().IsMatch(settings.BotDomain))
        {
            throw new ArgumentException($"The bot domain must be a host name such as partnerships.azurewebsites.net; got '{settings.BotDomain}'.");
        }

        return template
            .Replace("{{BOT_APP_ID}}", settings.BotAppId, StringComparison.Ordinal)
            .Replace("{{BOT_DOMAIN}}", settings.BotDomain, StringComparison.Ordinal)
            .Replace("{{WEBSITE_URL}}", settings.WebsiteUrl, StringComparison.Ordinal)
            .Replace("{{PRIVACY_URL}}", settings.PrivacyUrl, StringComparison.Ordinal)
            .Replace("{{TERMS_URL}}", settings.TermsUrl, StringComparison.Ordinal);
    }

    /// <summary>The localization files of the package: "en.json" holds the strings for language tag "en".</summary>
    public static IReadOnlyList<string> LocalizationFiles(string appPackageFolder) =>
        [.. Directory.GetFiles(appPackageFolder, "*.json").Select(f => Path.GetFileName(f)).Where(f => f != "manifest.json").Order(StringComparer.Ordinal)];

    /// <summary>The manifest as packaged: settings filled in and one additional language per localization file.</summary>
    public static string Manifest(string appPackageFolder, PackageSettings settings)
    {
        var manifest = JsonNode.Parse(Render(File.ReadAllText(Path.Combine(appPackageFolder, "manifest.json")), settings))!;
        manifest["localizationInfo"]!["additionalLanguages"] = new JsonArray([.. LocalizationFiles(appPackageFolder).Select(f =>
            (JsonNode)new JsonObject { ["languageTag"] = Path.GetFileNameWithoutExtension(f), ["file"] = f })]);
        manifest["bots"]![0]!["commandLists"]![0]!["commands"] = new JsonArray([.. BotTexts.For(Languages.Swedish).Commands.Select(c =>
            (JsonNode)new JsonObject { ["title"] = c.Command, ["description"] = c.Description })]);
        return manifest.ToJsonString(Indented);
    }

    /// <summary>A localization file as packaged: its strings, and the bot's commands in its language.</summary>
    public static string Localization(string appPackageFolder, string file)
    {
        var strings = JsonNode.Parse(File.ReadAllText(Path.Combine(appPackageFolder, file)))!.AsObject();
        var language = Languages.Find(Path.GetFileNameWithoutExtension(file))
            ?? throw new InvalidOperationException($"{file} is the localization of a language the bot does not speak ({string.Join(", ", Languages.Supported.Select(c => c.Name))}).");
        foreach (var (command, i) in BotTexts.For(language).Commands.Select((c, i) => (c, i)))
        {
            strings[$"bots[0].commandLists[0].commands[{i}].title"] = command.Command;
            strings[$"bots[0].commandLists[0].commands[{i}].description"] = command.Description;
        }

        return strings.ToJsonString(Indented);
    }

    public static void Package(string appPackageFolder, PackageSettings settings, string zipPath)
    {
        var manifest = Manifest(appPackageFolder, settings);
        if (File.Exists(zipPath))
        {
            File.Delete(zipPath);
        }

        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest);
        }

        foreach (var file in LocalizationFiles(appPackageFolder))
        {
            using var writer = new StreamWriter(zip.CreateEntry(file).Open());
            writer.Write(Localization(appPackageFolder, file));
        }

        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            zip.CreateEntryFromFile(Path.Combine(appPackageFolder, icon), icon);
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$")]
    private static partial Regex HostName();
}
