using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Documents;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// The review of the current action plan (2026–2028) on 7 December 2026, over the demo register with its 2015–2018
/// history: what the board reads as the period's must be the period's, and the summary and the tables must say the same.
/// </summary>
public sealed partial class CurrentPeriodReviewTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly PeriodStart = new(2026, 1, 1);
    private readonly string folder = Directory.CreateTempSubdirectory("pt-current-review-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1)));
    private SqliteListStore store = null!;
    private int guangzhou;

    public async Task InitializeAsync()
    {
        store = new SqliteListStore(Path.Combine(folder, "lists.db"), time);
        await store.ProvisionAsync(PartnershipLists.All, None);
        await new DemoDataSeeder(store, time, NullLogger<DemoDataSeeder>.Instance).SeedAsync(None, currentPeriod: true);
        guangzhou = (await store.QueryAsync(PartnersList.Name, ListQuery.All, None)).Single(p => p.Text(PartnersList.Title) == "Guangzhou").Id;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<WordPackage> ReviewAsync()
    {
        var generator = new ReviewReportGenerator(store, new NoDocumentLibrary(), time, NullLogger<ReviewReportGenerator>.Instance);
        var document = await generator.CreateAsync(new ReviewRequest(guangzhou, null, null, CultureInfo.GetCultureInfo("sv")), None);
        return new WordPackage(document.Content);
    }

    private static Table TableCaptioned(WordPackage word, string caption) =>
        word.Tables.Single(t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == caption);

    private static IReadOnlyList<IReadOnlyList<string>> Rows(Table table) =>
        [.. table.Elements<TableRow>().Skip(1).Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])];

    /// <summary>The numbers the activities section's opening sentence gives: how many activities, how many of them overdue.</summary>
    private static (int Activities, int Overdue) Intro(WordPackage word)
    {
        var sentence = word.Paragraphs.Single(p => p.StartsWith("Under perioden pågick eller planerades", StringComparison.Ordinal));
        var match = IntroCounts().Match(sentence);
        return (int.Parse(match.Groups["activities"].Value, CultureInfo.InvariantCulture),
            match.Groups["overdue"].Success ? int.Parse(match.Groups["overdue"].Value, CultureInfo.InvariantCulture) : 0);
    }

    [Fact]
    public async Task CurrentPeriodReview_ListsAsThePeriodsOverdueOnlyFollowUpsOfThePeriodAndSaysAsManyAsItLists()
    {
        using var word = await ReviewAsync();

        var overdue = Rows(TableCaptioned(word, "Försenade uppföljningar"));

        Assert.All(overdue, row => Assert.True(DateOnly.ParseExact(row[3], "yyyy-MM-dd", CultureInfo.InvariantCulture) >= PeriodStart, $"{row[0]} ({row[3]}) lies before the period"));
        Assert.Equal(Intro(word).Overdue, overdue.Count);
    }

    [Fact]
    public async Task CurrentPeriodReview_NamesWhatEarlierPeriodsLeftOpenApartFromThePeriod()
    {
        using var word = await ReviewAsync();

        Assert.Contains(word.Headings, h => h.Text == "Öppet sedan tidigare perioder");
        Assert.Contains(word.Paragraphs, p => p.StartsWith("2 uppföljningar från före perioden är fortfarande öppna; den äldsta skulle ha följts upp senast 2016-06-15, mer än 9 år före periodens början.", StringComparison.Ordinal));
        Assert.DoesNotContain(word.Tables, t => Rows(t).Any(r => r.Contains("2016-11-30")));
    }

    [Fact]
    public async Task CurrentPeriodReview_ShowsNothingFromBeforeThePeriodWithoutSayingSo()
    {
        using var word = await ReviewAsync();

        // Every paragraph and table row, as the reader meets it; the year the agreement dates from is history, not an item.
        var lines = word.Paragraphs
            .Concat(word.Tables.SelectMany(Rows).Select(r => string.Join(" | ", r)))
            .Where(l => !l.StartsWith("Avtal sedan", StringComparison.Ordinal));
        var unlabelled = lines.Where(l => IsoDates().Matches(l).Any(m => DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) < PeriodStart)
            && !l.Contains("före perioden", StringComparison.Ordinal) && !l.Contains("före periodens början", StringComparison.Ordinal)).ToList();

        Assert.True(unlabelled.Count == 0, "From before the period, unlabelled: " + string.Join(" / ", unlabelled));
    }

    [Fact]
    public async Task CurrentPeriodReview_SaysTheDemocracyCountsAsSwedishIsWritten()
    {
        using var word = await ReviewAsync();

        var summary = word.Paragraphs.Single(p => p.StartsWith("Enligt kommunens riktlinje", StringComparison.Ordinal));

        Assert.EndsWith("Vid ett besök presenterades de inte och vid två besök var frågan inte aktuell.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("inget besök", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurrentPeriodReview_ReportsGenderEqualityAndNeverCountsAVisitThatWasNotAskedAsANo()
    {
        // A visit of the period reported in March, before the visit report asked about gender equality.
        await store.CreateAsync(VisitsList.Name, VisitsList.Fields(new Visit(
            "Kulturutbyte med Guangzhou", guangzhou, VisitDirection.Outgoing, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4),
            ["Kultur- och fritidsförvaltningen"], "Tre tjänstemän", "Kulturutbyte.", [ThematicArea.Culture], DemocracyDialogue.Yes, null, null, [], [],
            "kultur@linkoping.example", new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1)), "test-visit-before-the-question")), None);

        using var word = await ReviewAsync();

        Assert.Contains(word.Headings, h => h.Text == "Jämställdhet");
        var summary = word.Paragraphs.Single(p => p.StartsWith("Enligt den internationella strategin beaktas frågor om jämställdhet", StringComparison.Ordinal));
        Assert.Contains("Vid ett besök beaktades jämställdhet", summary, StringComparison.Ordinal);
        Assert.Contains("ett besök rapporterades innan rapporten frågade om jämställdhet (2026-12-07) och räknas inte", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("beaktades den inte", summary, StringComparison.Ordinal);
        Assert.Contains("En delegation angav sin sammansättning: 4 kvinnor, 3 män och 0 övriga eller ej angivna.", word.Paragraphs);
        var rows = Rows(TableCaptioned(word, "Jämställdhet"));
        Assert.Equal("Inte tillfrågad", rows.Single(r => r[0] == "Kulturutbyte med Guangzhou")[2]);
        Assert.Equal(["Ja", "4", "3"], rows.Single(r => r[0] == "Besök från Guangzhous utbildningsbyrå").Skip(2).Take(3));
    }

    [Fact]
    public async Task CurrentPeriodReview_NamesGoalStatusesInTextWithTheTablesWords()
    {
        using var word = await ReviewAsync();

        var intro = word.Paragraphs.Single(p => p.StartsWith("Perioden har", StringComparison.Ordinal));
        var statuses = Rows(TableCaptioned(word, "Uppnåendemål per status")).Select(r => r[0].ToLower(CultureInfo.GetCultureInfo("sv"))).ToList();

        Assert.DoesNotContain("ur kurs", intro, StringComparison.Ordinal);
        Assert.Contains("avviker", statuses);
        Assert.Contains("i riskzonen", statuses);
        Assert.Contains("avviker eller är i riskzonen", intro, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurrentPeriodReview_CarriesTheInternationalFunctionsAssessmentAndTheRegistersJudgementOfEachGoal()
    {
        var assessment = (await store.QueryAsync(ReviewCyclesList.Records, ListQuery.All, None)).Select(r => r.Value.Assessment).Single(a => a is not null)!;

        using var word = await ReviewAsync();

        Assert.Contains(word.Headings, h => h.Text == "Bedömning");
        Assert.Contains(word.Headings, h => h.Text == "Den internationella funktionens bedömning");
        Assert.All(assessment.Split('\n'), part => Assert.Contains(part, word.Paragraphs));
        var judgement = Rows(TableCaptioned(word, "Vad registret visar om målen"));
        Assert.Equal(["Fler lärarutbyten med Guangzhou", "6", "2", "Delvis nått"], judgement.Single());
    }

    [Fact]
    public async Task ACancelledFollowUp_IsNotCountedAmongThePeriodsActivities()
    {
        int before;
        using (var word = await ReviewAsync())
        {
            before = Intro(word).Activities;
        }

        // What the sync writes when a reporter withdraws a visit: its follow-up stays, cancelled.
        await store.CreateAsync(ActivitiesList.Name, ActivitiesList.Fields(new Activity(
            "Uppföljning av ett återkallat besök", guangzhou, null, ThematicArea.Culture, "Kultur- och fritidsförvaltningen", "kultur@linkoping.example",
            new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1), ActivityStatus.Cancelled, new DateOnly(2026, 12, 20), null, null), "test-withdrawn-follow-up"), None);

        using var after = await ReviewAsync();
        Assert.Equal(before, Intro(after).Activities);
        Assert.DoesNotContain(after.Tables, t => Rows(t).Any(r => r.Contains("Uppföljning av ett återkallat besök")));
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDates();

    [GeneratedRegex(@"planerades (?<activities>\d+) aktivitet(er)?; (ingen är försenad|(?<overdue>\d+) är försenade?)")]
    private static partial Regex IntroCounts();
}
