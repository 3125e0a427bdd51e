using System.Diagnostics;
using System.Net.Http.Json;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bench;

/// <summary>
/// One conversation flooded (issue 25): messages posted to /api/messages at a steady rate into one chat (open loop),
/// the connector answering each send after a delay. Prints the inbound requests' p50/p99, how many Teams would have
/// given up on (no answer within 15 s) or got an error, and what reached the connector: replies sent and the most in
/// any second (Teams takes about 7 a second from one conversation).
/// </summary>
public static class ConversationFloodBenchmark
{
    /// <summary>Teams gives up on a request to the bot after this long.</summary>
    private static readonly TimeSpan TeamsTimeout = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(int perSecond, int total, TimeSpan connectorLatency)
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        using var host = new ProductApp(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["Scheduler:Enabled"] = "false" }, onLoopbackPort: true);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(host.Address), Timeout = TeamsTimeout };
        (await http.PostAsJsonAsync(BotEndpoint.Path, Activities.Message(connector.ServiceUrl, "hjälp"))).EnsureSuccessStatusCode(); // warm-up
        connector.Latency = connectorLatency;
        var before = connector.Calls.Count;
        var sends = new List<DateTimeOffset>();
        connector.OnCall = call =>
        {
            if (call.Method is "POST" or "PUT")
            {
                lock (sends)
                {
                    sends.Add(DateTimeOffset.UtcNow);
                }
            }
        };

        int timedOut = 0, failed = 0;
        var (timings, elapsed) = await OpenLoop.RunAsync(total, perSecond, async n =>
        {
            try
            {
                using var response = await http.PostAsJsonAsync(BotEndpoint.Path, Activities.Message(connector.ServiceUrl, "hjälp"));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
            }
            catch (TaskCanceledException)
            {
                Interlocked.Increment(ref timedOut);
            }
        });
        var sorted = timings.Order().ToList();
        List<DateTimeOffset> sent;
        lock (sends)
        {
            sent = [.. sends];
        }

        var busiest = sent.Count == 0 ? 0 : sent.Max(s => sent.Count(o => o >= s && o < s.AddSeconds(1)));
        Console.WriteLine($"One conversation, {total} messages at {perSecond}/s, the connector answering each send after {connectorLatency.TotalMilliseconds:0} ms ({elapsed.TotalSeconds:0.0} s):");
        Console.WriteLine($"  inbound p50 {Submissions.Percentile(sorted, 0.50):0.0} ms   p99 {Submissions.Percentile(sorted, 0.99):0.0} ms   max {sorted[^1]:0.0} ms");
        Console.WriteLine($"  no answer within {TeamsTimeout.TotalSeconds:0} s: {timedOut}   not 2xx: {failed}");
        Console.WriteLine($"  replies that reached the connector: {sent.Count} (calls {connector.Calls.Count - before}), most in one second: {busiest}");
    }
}
