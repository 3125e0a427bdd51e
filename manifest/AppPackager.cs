using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

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
        return manifest.ToJsonString(Indented);
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

        foreach (var file in LocalizationFiles(appPackageFolder).Concat(["color.png", "outline.png"]))
        {
            zip.CreateEntryFromFile(Path.Combine(appPackageFolder, file), file);
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$")]
    private static partial Regex HostName();
}
