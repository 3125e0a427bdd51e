using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// The review in English (lang=en) as an English-speaking reader gets it: the register's own content (titles, the
/// ambition) stays as it was written, but nothing the report itself says — labels, headings, the partner's country and
/// kind — is left in Swedish.
/// </summary>
public sealed class EnglishReviewTests(CurrentPeriodRegister register) : IClassFixture<CurrentPeriodRegister>
{
    [Fact]
    public async Task EnglishReview_SaysCountryAndKindOfPartnerInEnglish()
    {
        using var word = new WordPackage(await register.ReviewAsync("en"));

        var facts = TableRows(word.Tables[0]).ToDictionary(r => r[0], r => r[1]);

        Assert.Equal("China", facts["Country"]);
        Assert.Equal("sister city", facts["Kind of partner city"]);
        var text = string.Join('\n', word.Paragraphs.Concat(word.Tables.Select(t => t.InnerText)));
        Assert.DoesNotMatch(@"\b(Kina|systerort|vänort|samverkansort)\b", text);
    }

    [Fact]
    public async Task EnglishReview_HasNoSwedishWordInItsHeadingsHeadersOrSentences()
    {
        using var word = new WordPackage(await register.ReviewAsync("en"));

        // The assessment is the register's content, written in Swedish, and so is a name the report quotes; the rest is what the report says.
        var assessment = (await register.Store.QueryAsync(ReviewCyclesList.Records, ListQuery.All, CancellationToken.None))
            .SelectMany(r => r.Value.Assessment?.Split('\n') ?? []).ToHashSet(StringComparer.Ordinal);
        var own = word.Headings.Select(h => h.Text)
            .Concat(word.Tables.SelectMany(t => t.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText)))
            .Concat(word.Paragraphs.Where(p => !assessment.Contains(p)).Select(p => Regex.Replace(p, "\"[^\"]*\"", string.Empty)))
            .ToList();
        var swedish = SwedishOnlyWords();

        Assert.All(own, line => Assert.DoesNotContain(Words(line), w => swedish.Contains(w)));
    }

    private static IEnumerable<IReadOnlyList<string>> TableRows(Table table) =>
        table.Elements<TableRow>().Skip(1).Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)]);

    private static IEnumerable<string> Words(string text) => Regex.Split(text, @"[^\p{L}]+").Where(w => w.Length > 2);

    /// <summary>Words of the Swedish texts (report and domain) that no English text uses: "Tematiskt", "Försenad", "Kina".</summary>
    private static HashSet<string> SwedishOnlyWords()
    {
        static IEnumerable<string> Values(string path) => XDocument.Load(Path.Combine(RepositoryPaths.Root, path)).Descendants("value").Select(v => v.Value);
        var swedish = Values("reports/Texts/ReportTexts.resx").Concat(Values("core/Texts/DomainTexts.resx")).SelectMany(Words).Append("Kina").Append("systerort");
        var english = Values("reports/Texts/ReportTexts.en.resx").Concat(Values("core/Texts/DomainTexts.en.resx")).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        return [.. swedish.Where(w => !english.Contains(w))];
    }
}
