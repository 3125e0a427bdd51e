using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Application.Search;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Bench;

/// <summary>
/// What one search of the message extension costs against the local Graph server, for registers of several sizes
/// (items spread over visits 40 %, activities 40 %, goals 10 %, contacts 10 %): Graph requests and resource units per
/// query, and the answer time (search and result cards, without HTTP) at p50/p95. Three cases: the first query after a
/// start (the index reads everything once), queries while the index is fresh (younger than RegisterIndex.FreshFor),
/// and queries that each find it stale with a few items changed since (one delta request per searched list).
/// </summary>
public static class SearchCostBenchmark
{
    private static readonly string[] Queries = ["guangzhou", "biogas", "aldreomsorg", "li wei", "konsulatet", "zzzz", "utbyte 12", "aktivitet 77", "besok", "kontakt"];

    public static async Task RunAsync(IReadOnlyList<int> sizes, int queries)
    {
        Console.WriteLine($"Search cost against the local Graph server (page size 200), {queries} queries a case; answer time = index + match + result cards, no HTTP");
        Console.WriteLine("items | first query: requests / RU / ms | fresh index: requests / RU per query, p50 / p95 ms | stale index, 5 items changed before each: requests / RU per query, p50 / p95 ms");
        foreach (var size in sizes)
        {
            await RunOneAsync(size, queries);
        }
    }

    private static async Task RunOneAsync(int items, int queries)
    {
        await using var server = await FakeGraphServer.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var options = new GraphStoreOptions { SiteUrl = "https://contoso.sharepoint.com/sites/partnerships", GraphBaseUrl = server.BaseUrl };
        var store = new GraphListStore(GraphClientBuilder.Build(options, new StaticTokenCredential()), options);
        var none = CancellationToken.None;
        await store.ProvisionAsync(PartnershipLists.All, none);
        var sp = server.SharePoint;
        var partner = sp.Seed(PartnersList.Name, [new JsonObject { ["Title"] = "Guangzhou", ["Country"] = "Kina", ["Kind"] = "systerort", ["CoordinatorEmail"] = "samordnare@linkoping.example" }])[0];
        var plan = sp.Seed(ActionPlansList.Name, [new JsonObject { ["Title"] = "Handlingsplan", ["PartnerLookupId"] = partner, ["PeriodStart"] = "2015-01-01T00:00:00Z", ["PeriodEnd"] = "2030-12-31T00:00:00Z" }])[0];
        var activities = sp.Seed(ActivitiesList.Name, Enumerable.Range(0, items * 4 / 10).Select(i => Activity(partner, i)));
        sp.Seed(VisitsList.Name, Enumerable.Range(0, items * 4 / 10).Select(i => Visit(partner, i)));
        sp.Seed(GoalsList.Name, Enumerable.Range(0, items / 10).Select(i => Goal(plan, i)));
        sp.Seed(ContactsList.Name, Enumerable.Range(0, items / 10).Select(i => Contact(partner, i)));

        using var index = new RegisterIndex(store, clock);
        var search = new RegisterSearch(index, clock);
        var texts = BotTexts.For(Languages.Swedish);

        async Task<double> QueryAsync(string query)
        {
            var watch = Stopwatch.StartNew();
            var found = await search.FindAsync("kollega@linkoping.example", query, 0, 25, none);
            foreach (var result in found)
            {
                SearchResultCard.Build(texts, result, new Uri("https://contoso.sharepoint.com/sites/partnerships/Lists/Visits/DispForm.aspx?ID=1"));
                SearchResultCard.Preview(texts, result);
            }

            return watch.Elapsed.TotalMilliseconds;
        }

        server.ResetCounts();
        var before = server.ResourceUnits.Total;
        var firstMs = await QueryAsync("guangzhou");
        var first = (server.TotalRequests, server.ResourceUnits.Total - before);

        var fresh = await MeasureAsync(server, queries, i => QueryAsync(Queries[i % Queries.Length]));

        var stale = await MeasureAsync(server, queries, async i =>
        {
            // People change a few items between two searches, and the index is older than it may be.
            for (var c = 0; c < 5; c++)
            {
                sp.Seed(ActivitiesList.Name, [Activity(partner, items + (i * 5) + c)]);
            }

            clock.Advance(RegisterIndex.FreshFor + TimeSpan.FromSeconds(1));
            return await QueryAsync(Queries[i % Queries.Length]);
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{items,6:N0} | {first.TotalRequests,4} / {first.Item2,4} / {firstMs,6:0} | {fresh.Requests,4:0.0} / {fresh.Units,4:0.0}, {fresh.P50,5:0.0} / {fresh.P95,5:0.0} | {stale.Requests,4:0.0} / {stale.Units,4:0.0}, {stale.P50,5:0.0} / {stale.P95,5:0.0}"));
        _ = activities;
    }

    private static async Task<Figures> MeasureAsync(FakeGraphServer server, int queries, Func<int, Task<double>> query)
    {
        var times = new List<double>();
        long requests = 0, units = 0;
        for (var i = 0; i < queries; i++)
        {
            server.ResetCounts();

            var unitsBefore = server.ResourceUnits.Total;
            var ms = await query(i);
            times.Add(ms);
            requests += server.TotalRequests;
            units += server.ResourceUnits.Total - unitsBefore;
        }

        times.Sort();
        return new Figures((double)requests / queries, (double)units / queries, times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    private static JsonObject Activity(int partner, int i) => new()
    {
        ["Title"] = $"Aktivitet {i} om {(i % 7 == 0 ? "biogas" : i % 5 == 0 ? "äldreomsorg" : "utbyte")}",
        ["PartnerLookupId"] = partner,
        ["Theme"] = "Culture",
        ["Status"] = i % 3 == 0 ? "Done" : "Planned",
        ["OwnerOrganisation"] = "Kultur- och fritidsförvaltningen",
        ["ResponsibleEmail"] = $"ansvarig{i % 50}@linkoping.example",
        ["FollowUpDue"] = new DateOnly(2020, 1, 1).AddDays(i % 3000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
    };

    private static JsonObject Visit(int partner, int i) => new()
    {
        ["Title"] = $"Besök {i} i Guangzhou",
        ["PartnerLookupId"] = partner,
        ["Direction"] = "Incoming",
        ["Start"] = new DateOnly(2015, 1, 1).AddDays(i % 4000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
        ["End"] = new DateOnly(2015, 1, 3).AddDays(i % 4000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
        ["Organisations"] = "Linköpings kommun\nLinköpings universitet",
        ["Participants"] = $"Li Wei {i}\nKarin Öberg",
        ["Purpose"] = "Studiebesök",
        ["DemocracyDialogue"] = "NotApplicable",
        ["ReportedByEmail"] = $"rapportor{i % 50}@linkoping.example",
        ["SubmissionId"] = $"bench-visit-{i}",
    };

    private static JsonObject Goal(int plan, int i) => new()
    {
        ["Title"] = $"Mål {i}: fler utbyten",
        ["ActionPlanLookupId"] = plan,
        ["Theme"] = "Education",
        ["Status"] = "OnTrack",
        ["OwnerEmail"] = "malagare@linkoping.example",
        ["Indicator"] = "Antal utbyten",
    };

    private static JsonObject Contact(int partner, int i) => new()
    {
        ["Title"] = $"Kontakt {i}",
        ["Organisation"] = i % 10 == 0 ? "Generalkonsulatet i Hongkong" : "Guangzhous utbildningsbyrå",
        ["PartnerLookupId"] = i % 10 == 0 ? null : partner,
        ["Kind"] = "Partnerstad",
        ["Email"] = $"kontakt{i}@example.com",
    };

    private readonly record struct Figures(double Requests, double Units, double P50, double P95);
}
