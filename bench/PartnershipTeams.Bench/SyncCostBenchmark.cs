using System.Diagnostics;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Bench;

/// <summary>
/// Graph requests needed to read what changed in a large list (delta) against a naive full scan, and to write
/// many items ($batch), counted by the local Graph server at Graph's default page size of 200.
/// </summary>
public static class SyncCostBenchmark
{
    private static readonly ListSchema Schema = new("BenchItems", "Bänk", "Bench",
    [
        new("Title", ColumnType.Text, "Titel", "Title") { Required = true },
        new("Owner", ColumnType.Text, "Ägare", "Owner") { Indexed = true },
    ]);

    public static async Task RunAsync(int items, int changed, int written)
    {
        await using var server = await FakeGraphServer.StartAsync();
        var options = new GraphStoreOptions { SiteUrl = "https://contoso.sharepoint.com/sites/partnerships", GraphBaseUrl = server.BaseUrl };
        var store = new GraphListStore(GraphClientBuilder.Build(options, new StaticTokenCredential()), options);
        var none = CancellationToken.None;
        await store.ProvisionAsync([Schema], none);

        var clock = Stopwatch.StartNew();
        var seeded = await store.CreateManyAsync(Schema.Name, Rows(items, "seed"), none);
        var seedBatches = server.Count("batch");
        var token = (await store.GetChangesAsync(Schema.Name, null, none)).NextToken;

        foreach (var item in seeded.Take(changed).Select(r => r.Item!))
        {
            await store.UpdateAsync(Schema.Name, item.Id, new Dictionary<string, object?> { ["Owner"] = "changed@linkoping.se" }, item.ETag, none);
        }

        server.ResetCounts();
        var delta = await store.GetChangesAsync(Schema.Name, token, none);
        var deltaRequests = server.TotalRequests;

        server.ResetCounts();
        var scan = await store.QueryAsync(Schema.Name, ListQuery.All, none);
        var scanRequests = server.TotalRequests;

        server.ResetCounts();
        var writes = await store.CreateManyAsync(Schema.Name, Rows(written, "write"), none);
        var batchRequests = server.Count("batch");

        Console.WriteLine($"Sync cost against the local Graph server (page size {server.SharePoint.PageSize}), {clock.Elapsed.TotalSeconds:0.0} s in all");
        Console.WriteLine($"  seeding {items} items:                          {seedBatches} $batch requests");
        Console.WriteLine($"  read {delta.Changes.Count} changes of {items} by delta token:     {deltaRequests} request(s)");
        Console.WriteLine($"  read the same by a naive full scan ({scan.Count} items): {scanRequests} requests");
        Console.WriteLine($"  write {writes.Count(w => w.Succeeded)} items:                           {batchRequests} $batch requests");
    }

    private static List<IReadOnlyDictionary<string, object?>> Rows(int count, string prefix) =>
        [.. Enumerable.Range(0, count).Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["Title"] = $"{prefix} {i}", ["Owner"] = "owner@linkoping.se" })];
}
