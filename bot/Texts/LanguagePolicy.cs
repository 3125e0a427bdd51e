using System.Globalization;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Bot.Texts;

/// <summary>
/// Which language a conversation gets: the organisation's fixed language when <c>Bot:Language</c> names one; else
/// the language chosen for the conversation, else the Teams client's when supported, else Swedish.
/// </summary>
public sealed class LanguagePolicy(CultureInfo? fixedLanguage)
{
    /// <summary>The setting's value for "follow the client".</summary>
    public const string Auto = "auto";

    public CultureInfo? FixedLanguage { get; } = fixedLanguage;

    /// <summary>The policy for a <c>Bot:Language</c> value: "auto" or a supported language tag; anything else is refused.</summary>
    public static LanguagePolicy Parse(string? setting) =>
        string.IsNullOrWhiteSpace(setting) || string.Equals(setting, Auto, StringComparison.OrdinalIgnoreCase)
            ? new LanguagePolicy(null)
            : new LanguagePolicy(Languages.Find(setting) ?? throw new ArgumentException(
                $"Bot:Language \"{setting}\" is not \"{Auto}\" or one of: {string.Join(", ", Languages.Supported.Select(c => c.Name))}.", nameof(setting)));

    public static bool IsValid(string? setting)
    {
        try
        {
            Parse(setting);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public CultureInfo Choose(string? clientLocale, string? chosenForConversation = null) =>
        FixedLanguage ?? Languages.Find(chosenForConversation) ?? Languages.Find(clientLocale) ?? Languages.Swedish;

    public BotTexts TextsFor(string? clientLocale, string? chosenForConversation = null) =>
        BotTexts.For(Choose(clientLocale, chosenForConversation));
}
