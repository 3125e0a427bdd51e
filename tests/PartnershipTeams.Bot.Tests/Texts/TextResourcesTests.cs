using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Texts;

/// <summary>Every language has every text: a key missing in a translation would silently show Swedish.</summary>
public sealed class TextResourcesTests
{
    public static TheoryData<string> Translations() => new(
        from set in new[] { Path.Combine("bot", "Texts", "Texts"), Path.Combine("core", "Texts", "DomainTexts"), Path.Combine("web", "Legal", "LegalTexts") }
        from culture in Languages.Supported.Skip(1)
        select $"{set}.{culture.TwoLetterISOLanguageName}.resx");

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_HasExactlyTheKeysOfTheSwedishFile(string translation)
    {
        var swedish = Path.Combine(RepositoryPaths.Root, translation[..translation.IndexOf('.', StringComparison.Ordinal)] + ".resx");

        Assert.Equal(Keys(swedish), Keys(Path.Combine(RepositoryPaths.Root, translation)));
    }

    [Fact]
    public void EveryTextOfEveryLanguage_IsThere()
    {
        var properties = typeof(BotTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));
        foreach (var texts in Languages.Supported.Select(BotTexts.For))
        {
            Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.GetValue(texts)), p.Name));
            Assert.All(BotCommands.Names, n => Assert.NotEmpty(texts.CommandWords(n)));
        }
    }

    [Fact]
    public void English_IsReadFromItsOwnFile()
    {
        Assert.Equal("What I can help with", BotTexts.For(CultureInfo.GetCultureInfo("en")).HelpTitle);
        Assert.Equal("Det här kan jag hjälpa till med", BotTexts.For(Languages.Swedish).HelpTitle);
    }

    [Theory]
    [InlineData("sv", 0, "Sista dag är 2026-11-25 (i dag).")]
    [InlineData("sv", 1, "Sista dag är 2026-11-25 (om 1 dag).")]
    [InlineData("sv", 3, "Sista dag är 2026-11-25 (om 3 dagar).")]
    [InlineData("en", 1, "Due on 2026-11-25 (in 1 day).")]
    [InlineData("en", 7, "Due on 2026-11-25 (in 7 days).")]
    public void ReminderDueIn_CountsDaysInTheRightNumber(string language, int days, string expected)
    {
        Assert.Equal(expected, BotTexts.For(Languages.Find(language)!).ReminderDueIn("2026-11-25", days));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("sv-SE", "sv")]
    [InlineData("de-DE", "sv")]
    [InlineData(null, "sv")]
    public void Auto_FollowsTheClientWhereItCan(string? locale, string language)
    {
        Assert.Equal(language, LanguagePolicy.Parse("auto").Choose(locale).TwoLetterISOLanguageName);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("english")]
    [InlineData("sv;en")]
    public void SettingThatIsNoSupportedLanguage_IsRefused(string setting)
    {
        Assert.Throws<ArgumentException>(() => LanguagePolicy.Parse(setting));
    }

    private static List<string> Keys(string resx) =>
        [.. XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal)];
}
