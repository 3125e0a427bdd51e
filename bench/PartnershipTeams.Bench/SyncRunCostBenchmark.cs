using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Sync;
using PartnershipTeams.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.State.InProcess;
using PartnershipTeams.State.Sqlite;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Bench;

/// <summary>
/// Graph requests of one whole sync run (outbox drain + derived-field reconciliation) with 10,000 activities of
/// which 50 changed since the last run, counted at the local Graph server.
/// </summary>
public static class SyncRunCostBenchmark
{
    private static readonly string[] Kinds = ["items.get", "delta", "item.get", "item.patch", "batch"];

    public static async Task RunAsync(int activities, int changed)
    {
        await using var server = await FakeGraphServer.StartAsync();
        var options = new GraphStoreOptions { SiteUrl = "https://contoso.sharepoint.com/sites/partnerships", GraphBaseUrl = server.BaseUrl };
        var store = new GraphListStore(GraphClientBuilder.Build(options, new StaticTokenCredential()), options);
        var none = CancellationToken.None;
        var time = TimeProvider.System;
        var initializer = new ListStoreInitializer(store, new DemoDataSeeder(store, NullLogger<DemoDataSeeder>.Instance), Options.Create(new StoreStartupOptions { SeedDemoData = false }), NullLogger<ListStoreInitializer>.Instance);
        await initializer.InitializeAsync(none);
        var partner = (await store.CreateAsync(PartnersList.Name, new Dictionary<string, object?> { ["Title"] = "Guangzhou", ["Kind"] = "systerort" }, none)).Id;
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var created = await store.CreateManyAsync(ActivitiesList.Name, [.. Enumerable.Range(0, activities).Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            [ActivitiesList.Title] = $"Aktivitet {i}",
            [ActivitiesList.Partner] = partner,
            [ActivitiesList.Theme] = "Culture",
            [ActivitiesList.Status] = "Planned",
            [ActivitiesList.FollowUpDue] = future,
        })], none);

        var operations = new SqliteOperationalStore(Path.Combine(Directory.CreateTempSubdirectory("partnerships-bench-").FullName, "operations.db"), time);
        await operations.EnsureCreatedAsync(none);
        var state = new SyncState(operations);
        var sync = new SyncJob(new PendingSubmissions(new SubmissionLog(operations), new InProcessSubmissions(), time), new DerivedFieldsReconciler(store, state, time), initializer);
        await sync.RunAsync(none); // the first run reads everything once and saves the delta tokens

        foreach (var item in created.Take(changed).Select(r => r.Item!))
        {
            await store.UpdateAsync(ActivitiesList.Name, item.Id, new Dictionary<string, object?> { [ActivitiesList.OwnerOrganisation] = "Kultur- och fritidsförvaltningen" }, item.ETag, none);
        }

        server.ResetCounts();
        var log = await sync.RunAsync(none);
        Console.WriteLine($"One sync run with {activities:N0} activities, {changed} changed since the last run: {server.TotalRequests} Graph requests");
        Console.WriteLine($"  by kind: {string.Join(", ", Kinds.Select(k => $"{k} {server.Count(k)}"))}");
        Console.WriteLine($"  {log[0]}");
    }
}
