using System.Globalization;

namespace PartnershipTeams.Core.Texts;

/// <summary>
/// The languages the product speaks, Swedish first (the default and the fallback of every text). Adding one: its
/// resource files (<c>Texts.{lang}.resx</c>, <c>DomainTexts.{lang}.resx</c>), the manifest's <c>{lang}.json</c>,
/// and a line here.
/// </summary>
public static class Languages
{
    public static CultureInfo Swedish { get; } = CultureInfo.GetCultureInfo("sv");

    public static IReadOnlyList<CultureInfo> Supported { get; } =
    [
        Swedish,
        CultureInfo.GetCultureInfo("en"),
    ];

    /// <summary>The supported language of a tag such as "en-US" or "sv", or null when it is not one of them.</summary>
    public static CultureInfo? Find(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var language = tag.Split('-', '_')[0];
        return Supported.FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase));
    }
}
