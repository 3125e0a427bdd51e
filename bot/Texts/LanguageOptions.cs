namespace PartnershipTeams.Bot.Texts;

/// <summary>The setting <c>Bot:Language</c>: "auto" (the Teams client's language) or a supported language tag, checked at start.</summary>
public sealed class LanguageOptions
{
    public string Language { get; set; } = LanguagePolicy.Auto;
}
