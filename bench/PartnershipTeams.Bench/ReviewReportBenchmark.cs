using System.Diagnostics;
using System.Globalization;
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
using PartnershipTeams.Reports;
using PartnershipTeams.TestSupport.Documents;

namespace PartnershipTeams.Bench;

/// <summary>
/// Time and size of the review report (Word, and its tables as Excel) from the embedded register: the demo data, and
/// Guangzhou with 10,000 activities, 2,000 visits and 200 goals (5 updates each). Median of several runs after a warm-up;
/// where LibreOffice is installed, also its pages and the time LibreOffice takes to open the large one.
/// </summary>
public static class ReviewReportBenchmark
{
    private const int Runs = 5;
    private static string? savedPdfs;
    private static readonly string[] Organisations = [.. Enumerable.Range(1, 30).Select(i => $"Organisation {i:00}")];

    /// <param name="pdfs">Where to keep LibreOffice's PDF of each review, to render and look at its pages; null keeps none.</param>
    public static async Task RunAsync(int activities, int visits, int goals, string? pdfs = null)
    {
        savedPdfs = pdfs;
        var folder = Directory.CreateTempSubdirectory("pt-bench-review-").FullName;
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2016, 12, 1, 9, 0, 0, TimeSpan.Zero));
            var demo = await StoreAsync(Path.Combine(folder, "demo.db"), time);
            await MeasureAsync("demo data", demo, time, await PartnerAsync(demo, "Guangzhou"));

            var large = await StoreAsync(Path.Combine(folder, "large.db"), time);
            var partner = await PartnerAsync(large, "Guangzhou");
            var fill = Stopwatch.StartNew();
            await FillAsync(large, partner, activities, visits, goals);
            Console.WriteLine($"(filled the large register in {fill.Elapsed.TotalSeconds:0.0} s)");
            await MeasureAsync($"{activities:N0} activities / {visits:N0} visits / {goals:N0} goals", large, time, partner);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string name, IListStore store, TimeProvider time, int partner)
    {
        var generator = new ReviewReportGenerator(store, new NoDocumentLibrary(), time, NullLogger<ReviewReportGenerator>.Instance);
        var request = new ReviewRequest(partner, null, null, CultureInfo.GetCultureInfo("sv"));
        await generator.CreateAsync(request, CancellationToken.None); // warm-up
        var word = new List<double>();
        var excel = new List<double>();
        ReviewDocument? document = null;
        ReviewDocument? workbook = null;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            document = await generator.CreateAsync(request, CancellationToken.None);
            word.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            workbook = await generator.CreateWorkbookAsync(request, CancellationToken.None);
            excel.Add(clock.Elapsed.TotalMilliseconds);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Runs;
        Console.WriteLine($"Review report, {name}:");
        Console.WriteLine($"  .docx: median {Median(word):N0} ms (min {word.Min():N0}, max {word.Max():N0}) over {Runs} runs; {document!.Content.Length:N0} bytes");
        Console.WriteLine($"  .xlsx: median {Median(excel):N0} ms (min {excel.Min():N0}, max {excel.Max():N0}); {workbook!.Content.Length:N0} bytes");
        Console.WriteLine($"  allocated per .docx + .xlsx: {allocated / 1_048_576.0:N0} MiB; working set now {Environment.WorkingSet / 1_048_576.0:N0} MiB");
        if (File.Exists(LibreOffice.Soffice))
        {
            var clock = Stopwatch.StartNew();
            var pdf = await LibreOffice.ConvertToPdfAsync(document.Content, "review.docx");
            var converted = clock.Elapsed;
            var pages = (await LibreOffice.PdfInfoAsync(pdf)).Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal))?.Split(':')[1].Trim();
            Console.WriteLine($"  LibreOffice headless opened it and wrote {pages} PDF pages in {converted.TotalSeconds:0.0} s");
            if (savedPdfs is not null)
            {
                Directory.CreateDirectory(savedPdfs);
                var file = Path.Combine(savedPdfs, $"review-{(name.StartsWith("demo", StringComparison.Ordinal) ? "demo" : "large")}.pdf");
                File.Copy(pdf, file, overwrite: true);
                Console.WriteLine($"  kept as {file}");
            }
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    internal static async Task<SqliteListStore> StoreAsync(string path, TimeProvider time)
    {
        var store = new SqliteListStore(path, time);
        await store.ProvisionAsync(PartnershipLists.All, CancellationToken.None);
        await new DemoDataSeeder(store, time, NullLogger<DemoDataSeeder>.Instance).SeedAsync(CancellationToken.None);
        return store;
    }

    internal static async Task<int> PartnerAsync(SqliteListStore store, string title) =>
        (await store.QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None)).Single(p => p.Text(PartnersList.Title) == title).Id;

    internal static async Task FillAsync(SqliteListStore store, int partner, int activities, int visits, int goals)
    {
        var none = CancellationToken.None;
        var plan = (await store.QueryAsync(ActionPlansList.Name, ListQuery.All, none)).First(p => p.LookupId(ActionPlansList.Partner) == partner).Id;
        var themes = Enum.GetValues<ThematicArea>();
        var statuses = new[] { ActivityStatus.Done, ActivityStatus.Ongoing, ActivityStatus.Planned, ActivityStatus.Cancelled };
        var start = new DateOnly(2015, 1, 1);
        await InBatchesAsync(store, ActivitiesList.Name, Enumerable.Range(0, activities).Select(i => (IReadOnlyDictionary<string, object?>)ActivitiesList.Fields(new Core.Domain.Activity(
            $"Aktivitet {i:00000} inom samarbetet", partner, plan, themes[i % themes.Length], Organisations[i % Organisations.Length], $"person{i % 300}@linkoping.example",
            start.AddDays(i % 1400), start.AddDays((i % 1400) + 90), statuses[i % statuses.Length], start.AddDays((i % 1400) + 60), i % 3 == 0 ? 1000m + i : null, null), $"bench-activity-{i}")));
        var dialogues = Enum.GetValues<DemocracyDialogue>();
        await InBatchesAsync(store, VisitsList.Name, Enumerable.Range(0, visits).Select(i => (IReadOnlyDictionary<string, object?>)VisitsList.Fields(new Visit(
            $"Besök {i:0000}", partner, i % 2 == 0 ? VisitDirection.Outgoing : VisitDirection.Incoming, start.AddDays(i % 1460), start.AddDays((i % 1460) + 4),
            [Organisations[i % Organisations.Length], Organisations[(i + 7) % Organisations.Length]], "Delegation", "Samarbete", [themes[i % themes.Length]],
            dialogues[i % dialogues.Length], i % 3 == 1 ? "Inte på programmet" : null, null,
            [new OrganisationCost(Organisations[i % Organisations.Length], 12_500m + i), new OrganisationCost(Organisations[(i + 7) % Organisations.Length], 3_200.50m)], [],
            "bench@linkoping.example", new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 1460), $"bench-visit-{i}"))));
        var goalStatuses = Enum.GetValues<GoalStatus>();
        var created = await InBatchesAsync(store, GoalsList.Name, Enumerable.Range(0, goals).Select(i => (IReadOnlyDictionary<string, object?>)GoalsList.Fields(new Goal(
            $"Uppnåendemål {i:000}", plan, themes[i % themes.Length], $"person{i % 50}@linkoping.example", "Antal", 100m, i % 100, goalStatuses[i % goalStatuses.Length],
            start.AddDays(700 + i), DateTimeOffset.UnixEpoch))));
        await InBatchesAsync(store, GoalUpdatesList.Name, created.SelectMany((goal, i) => Enumerable.Range(0, 5).Select(u => (IReadOnlyDictionary<string, object?>)GoalUpdatesList.Fields(
            new GoalUpdate(goal, goalStatuses[(i + u) % goalStatuses.Length], u * 10m, $"Uppföljning {u}", "bench@linkoping.example",
                new DateTimeOffset(2015, 3, 1, 9, 0, 0, TimeSpan.Zero).AddDays((u * 200) + i), $"bench-update-{goal}-{u}"), $"Uppnåendemål {i:000}"))));
    }

    private static async Task<List<int>> InBatchesAsync(SqliteListStore store, string list, IEnumerable<IReadOnlyDictionary<string, object?>> items)
    {
        var ids = new List<int>();
        foreach (var batch in items.Chunk(500))
        {
            var results = await store.CreateManyAsync(list, batch, CancellationToken.None);
            ids.AddRange(results.Select(r => r.Item?.Id ?? throw new InvalidOperationException($"{list}: {r.Error?.Message}")));
        }

        return ids;
    }
}
