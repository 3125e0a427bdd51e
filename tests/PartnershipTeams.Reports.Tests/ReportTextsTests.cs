using System.Reflection;
using System.Xml.Linq;
using PartnershipTeams.Reports.Texts;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Reports.Tests;

/// <summary>The report speaks every language the bot does: the English file has exactly the Swedish keys, and every text is there.</summary>
public sealed class ReportTextsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "reports", "Texts");

    [Fact]
    public void EnglishFile_HasExactlyTheKeysOfTheSwedishFile() =>
        Assert.Equal(Keys("ReportTexts.resx"), Keys("ReportTexts.en.resx"));

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void EveryText_IsThere(string language)
    {
        var texts = ReportTexts.For(System.Globalization.CultureInfo.GetCultureInfo(language));

        foreach (var property in typeof(ReportTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(texts)), property.Name);
        }
    }

    private static List<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal)];
}
