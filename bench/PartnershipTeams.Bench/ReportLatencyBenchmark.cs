using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Azurite;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Bench;

/// <summary>
/// From the acknowledgement in Teams to the visit in the register: visit reports posted one by one at a steady
/// pace, the app standalone taking them off the Azure Storage queue (Azurite) and writing them to the register on
/// the local Graph server. The time a submission is written is the time its entry in the operational state says so.
/// </summary>
public static class ReportLatencyBenchmark
{
    public static async Task RunAsync(int reports, int perSecond)
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        Submissions.IntroduceUsers(connector);
        await using var graph = await FakeGraphServer.StartAsync();
        await using var azurite = await AzuriteServer.StartAsync();
        using var host = new ProductApp(settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/partnerships",
            ["SharePoint:GraphBaseUrl"] = graph.BaseUrl,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
        }, onLoopbackPort: true);
        var store = host.Services.GetRequiredService<IListStore>();
        var state = host.Services.GetRequiredService<IOperationalStore>();
        var partner = (await store.QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None))[0].Id;
        using var http = new HttpClient { BaseAddress = new Uri(host.Address) };

        var acknowledged = new Dictionary<string, DateTimeOffset>();
        for (var n = 0; n < reports; n++)
        {
            var response = await http.PostAsJsonAsync(BotEndpoint.Path, Submissions.VisitReport(connector.ServiceUrl, partner, n));
            response.EnsureSuccessStatusCode();
            acknowledged[Submissions.IdOf(n)] = DateTimeOffset.UtcNow;
            await Task.Delay(TimeSpan.FromSeconds(1.0 / perSecond));
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        IReadOnlyList<StateEntry> written;
        while ((written = await state.QueryAsync(StateTable.Submissions, "Status", nameof(SubmissionStatus.Written), limit.Token)).Count(e => acknowledged.ContainsKey(e.Key)) < reports)
        {
            await Task.Delay(100, limit.Token);
        }

        var latencies = written.Where(e => acknowledged.ContainsKey(e.Key)).Select(e => (e.Updated - acknowledged[e.Key]).TotalMilliseconds).Order().ToList();
        var inRegister = (await store.QueryAsync(VisitsList.Name, ListQuery.All, CancellationToken.None)).Count(v => v.Text(VisitsList.Title)!.StartsWith("Besök ", StringComparison.Ordinal));
        Console.WriteLine($"Report to register, standalone queue mode (Azure Storage queue on Azurite, register on the local Graph server), {reports} visit reports at {perSecond}/s:");
        Console.WriteLine($"  p50 {Submissions.Percentile(latencies, 0.50):0} ms   p90 {Submissions.Percentile(latencies, 0.90):0} ms   p99 {Submissions.Percentile(latencies, 0.99):0} ms   max {latencies[^1]:0} ms");
        Console.WriteLine($"  visits in the register: {inRegister}");
    }
}
