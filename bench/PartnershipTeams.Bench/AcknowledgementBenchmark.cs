using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Azurite;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Bench;

/// <summary>
/// How fast a card submission is acknowledged, and that it does not wait on SharePoint: valid visit reports posted
/// to /api/messages at a steady rate (open loop: each at its own time, whatever the answers do), answered after
/// validation, the record in the operational state, the queue message and the confirmation card to a local
/// connector. With the register on the local Graph server made slow (as SharePoint under load) and the operational
/// state on Azurite; or everything in the embedded SQLite files for comparison.
/// </summary>
public static class AcknowledgementBenchmark
{
    public static async Task RunAsync(bool sharePoint, int perSecond, int seconds, TimeSpan graphLatency)
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        await using var graph = await FakeGraphServer.StartAsync();
        await using var azurite = sharePoint ? await AzuriteServer.StartAsync() : null;
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        if (sharePoint)
        {
            settings["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/partnerships";
            settings["SharePoint:GraphBaseUrl"] = graph.BaseUrl;
            settings["AzureWebJobsStorage"] = azurite!.ConnectionString;
        }

        using var host = new ProductApp(settings: settings, onLoopbackPort: true);
        var partner = (await host.Services.GetRequiredService<IListStore>().QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None))[0].Id;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = new Uri(host.Address) };

        // Warm up: each chat's first report asks Teams who the user is; the partner list is read once.
        Submissions.IntroduceUsers(connector);
        for (var n = 0; n < Submissions.Conversations; n++)
        {
            (await http.PostAsJsonAsync(BotEndpoint.Path, Submissions.VisitReport(connector.ServiceUrl, partner, 1_000_000 + n))).EnsureSuccessStatusCode();
        }

        graph.Latency = sharePoint ? graphLatency : TimeSpan.Zero;
        graph.ResetCounts();
        var total = perSecond * seconds;
        var failures = 0;
        var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var azuriteCpuBefore = azurite?.ProcessorTime ?? TimeSpan.Zero;
        var (timings, sent) = await OpenLoop.RunAsync(total, perSecond, async n =>
        {
            using var response = await http.PostAsJsonAsync(BotEndpoint.Path, Submissions.VisitReport(connector.ServiceUrl, partner, n));
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        });
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore;
        var azuriteCpu = (azurite?.ProcessorTime ?? TimeSpan.Zero) - azuriteCpuBefore;
        var sorted = timings.Order().ToList();
        var graphRequests = graph.TotalRequests;
        Console.WriteLine(sharePoint
            ? $"Acknowledgements with the register on the local Graph server answering every request after {graphLatency.TotalMilliseconds:0} ms, operational state and queue on Azurite:"
            : "Acknowledgements with the register and the operational state in the embedded SQLite files:");
        Console.WriteLine($"  {total} visit reports at {perSecond}/s over {sent.TotalSeconds:0.0} s, {failures} not 2xx");
        Console.WriteLine($"  p50 {Submissions.Percentile(sorted, 0.50):0.0} ms   p90 {Submissions.Percentile(sorted, 0.90):0.0} ms   p99 {Submissions.Percentile(sorted, 0.99):0.0} ms   max {sorted[^1]:0.0} ms");
        var laterHalf = timings.Skip(total / 2).Order().ToList();
        Console.WriteLine($"  the later half alone (the JIT's tiering mostly done): p50 {Submissions.Percentile(laterHalf, 0.50):0.0} ms   p90 {Submissions.Percentile(laterHalf, 0.90):0.0} ms   p99 {Submissions.Percentile(laterHalf, 0.99):0.0} ms");
        Console.WriteLine($"  CPU per acknowledgement: {benchCpu.TotalMilliseconds / total:0.00} ms in this process (the app, the sender, the local connector and Graph server), {azuriteCpu.TotalMilliseconds / total:0.00} ms in Azurite; {Environment.ProcessorCount} cores");
        Console.WriteLine($"  Graph requests while acknowledging: {graphRequests} (the register writer works through the queue in the background)");
    }
}
