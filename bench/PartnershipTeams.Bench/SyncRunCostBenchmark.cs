using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Register;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.State.Sqlite;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Bench;

/// <summary>
/// Resource units (and Graph requests) of one sync run (derived-field reconciliation) and one reminders run against the
/// local Graph server, which counts them as SharePoint does (1 per single item or delta with a token, 2 per query or
/// write, $batch steps one by one). Activities span years: most done, some still open and long overdue, a few hundred
/// ahead; <c>changed</c> of them edited by people between two runs.
/// </summary>
public static class SyncRunCostBenchmark
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    public static async Task RunAsync(IReadOnlyList<int> sizes, int changed)
    {
        Console.WriteLine($"Resource units (RU) per run against the local Graph server; {changed} activities changed by people between runs");
        Console.WriteLine("activities | first run: reads / writes RU | sync run while walking history: reads / writes RU (requests) | sync run after: reads / writes RU (requests) | reminders run: RU (requests)");
        foreach (var size in sizes)
        {
            await RunOneAsync(size, changed);
        }
    }

    private static async Task RunOneAsync(int activities, int changed)
    {
        await using var server = await FakeGraphServer.StartAsync();
        var clock = new BenchClock(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
        var options = new GraphStoreOptions { SiteUrl = "https://contoso.sharepoint.com/sites/partnerships", GraphBaseUrl = server.BaseUrl };
        var store = new GraphListStore(GraphClientBuilder.Build(options, new StaticTokenCredential()), options);
        var none = CancellationToken.None;
        await store.ProvisionAsync(PartnershipLists.All, none);
        var partner = server.SharePoint.Seed(PartnersList.Name, [new JsonObject { ["Title"] = "Guangzhou", ["Kind"] = "systerort", ["CoordinatorEmail"] = "samordnare@linkoping.example" }])[0];
        var ids = server.SharePoint.Seed(ActivitiesList.Name, Enumerable.Range(0, activities).Select(i => Activity(partner, i)));

        var folder = Directory.CreateTempSubdirectory("partnerships-bench-").FullName;
        var operations = new SqliteOperationalStore(Path.Combine(folder, "operations.db"), clock);
        await operations.EnsureCreatedAsync(none);
        var state = new SyncState(operations);
        var reconciler = new DerivedFieldsReconciler(store, state, clock);

        var first = await MeasureAsync(server, () => reconciler.ReconcileAsync(none));
        var walking = await MeasureAfterChangesAsync(server, store, clock, ids, changed, () => reconciler.ReconcileAsync(none));

        // Once the walk through history is through (it takes a run per 100 items; here its end is written into the state).
        await state.SetAsync($"walk:{ActivitiesList.Name}", string.Empty, none);
        await state.SetAsync($"walk:{VisitsList.Name}", string.Empty, none);
        var after = await MeasureAfterChangesAsync(server, store, clock, ids, changed, () => reconciler.ReconcileAsync(none));
        var reminders = await MeasureAsync(server, () => new DeadlineSource(store, new ResponsiblePeople(new Coordinators(store))).OpenNearAsync(Today, none));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{activities,10:N0} | {first.Reads,5} / {first.Writes,5} | {walking.Reads,5} / {walking.Writes,5} ({walking.Requests}) | {after.Reads,5} / {after.Writes,5} ({after.Requests}) | {reminders.Reads,3} ({reminders.Requests})"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>People edit some activities; a day passes, so the run also looks at what fell due since yesterday.</summary>
    private static async Task<Cost> MeasureAfterChangesAsync(FakeGraphServer server, GraphListStore store, BenchClock clock, IReadOnlyList<int> ids, int changed, Func<Task> run)
    {
        for (var i = 0; i < changed; i++)
        {
            var item = await store.GetAsync(ActivitiesList.Name, ids[(i * 97) % ids.Count], CancellationToken.None);
            await store.UpdateAsync(ActivitiesList.Name, item.Id, new Dictionary<string, object?> { [ActivitiesList.OwnerOrganisation] = "Kultur- och fritidsförvaltningen" }, item.ETag, CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromDays(1));
        return await MeasureAsync(server, run);
    }

    private static async Task<Cost> MeasureAsync(FakeGraphServer server, Func<Task> run)
    {
        server.ResetCounts();
        await run();
        var writes = 2 * server.Count("batch.step");
        return new Cost(server.ResourceUnits.Total - writes, writes, server.TotalRequests);
    }

    /// <summary>
    /// History grows, what lies ahead does not: 300 follow-ups in the next four months whatever the size, and of the
    /// history one in ten still open (overdue), the rest done. (The date window of the sync and the reminders starts
    /// with its lower bound, which SharePoint narrows a large list by: it must match fewer than 5,000 items.)
    /// </summary>
    private static JsonObject Activity(int partner, int i)
    {
        var (due, status) = i switch
        {
            < 300 => (Today.AddDays(1 + (i % 120)), "Planned"),
            _ when i % 10 == 1 => (Today.AddDays(-100 - (i % 1_500)), "Planned"),
            _ => (Today.AddDays(-100 - (i % 2_000)), "Done"),
        };
        return new JsonObject
        {
            ["Title"] = $"Aktivitet {i}",
            ["PartnerLookupId"] = partner,
            ["Theme"] = "Culture",
            ["Status"] = status,
            ["ResponsibleEmail"] = "ansvarig@linkoping.example",
            ["FollowUpDue"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
        };
    }

    private readonly record struct Cost(long Reads, long Writes, int Requests);

    /// <summary>A clock the benchmark moves by hand (a day between runs).</summary>
    private sealed class BenchClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
