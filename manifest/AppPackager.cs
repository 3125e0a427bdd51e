using System.IO.Compression;
using System.Text.RegularExpressions;

namespace PartnershipTeams.Manifest;

/// <summary>What the packaged manifest needs from the environment: the bot's app id and domain, and the developer URLs.</summary>
public sealed record PackageSettings(string BotAppId, string BotDomain, string WebsiteUrl, string PrivacyUrl, string TermsUrl)
{
    public static PackageSettings From(string botAppId, string botDomain, string? websiteUrl, string? privacyUrl, string? termsUrl) =>
        new(botAppId, botDomain, websiteUrl ?? $"https://{botDomain}/", privacyUrl ?? $"https://{botDomain}/privacy", termsUrl ?? $"https://{botDomain}/terms");
}

/// <summary>Builds appPackage.zip: the manifest with the bot's id and domain filled in, its localization, the two icons.</summary>
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

    public static void Package(string appPackageFolder, PackageSettings settings, string zipPath)
    {
        var manifest = Render(File.ReadAllText(Path.Combine(appPackageFolder, "manifest.json")), settings);
        if (File.Exists(zipPath))
        {
            File.Delete(zipPath);
        }

        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest);
        }

        foreach (var file in new[] { "en.json", "color.png", "outline.png" })
        {
            zip.CreateEntryFromFile(Path.Combine(appPackageFolder, file), file);
        }
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$")]
    private static partial Regex HostName();
}
