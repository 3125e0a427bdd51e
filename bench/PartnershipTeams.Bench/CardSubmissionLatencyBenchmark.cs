using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PartnershipTeams.Bot;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Lists;
using PartnershipTeams.State;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bench;

/// <summary>
/// Time from POST /api/messages to its response for a valid visit report (Action.Submit): validation, the outbox
/// write in the embedded store, and the confirmation card sent to a local connector — over real HTTP on loopback.
/// </summary>
public static class CardSubmissionLatencyBenchmark
{
    public static async Task RunAsync(int warmup, int measured)
    {
        var folder = Directory.CreateTempSubdirectory("partnerships-bench-").FullName;
        await using var connector = await FakeConnectorServer.StartAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Store:Path"] = Path.Combine(folder, "lists.db");
        builder.Configuration["Store:StatePath"] = Path.Combine(folder, "operations.db");
        builder.Configuration["urls"] = "http://127.0.0.1:0";
        builder.Services.AddPartnershipLists(builder.Configuration);
        builder.Services.AddPartnershipState(builder.Configuration);
        builder.Services.AddPartnershipBot(builder.Configuration);
        await using var app = builder.Build();
        app.MapBot();
        await app.Services.GetRequiredService<StateInitializer>().InitializeAsync(CancellationToken.None);
        await app.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var partner = (await app.Services.GetRequiredService<IListStore>().QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None))[0].Id;

        var timings = new List<double>();
        for (var i = 0; i < warmup + measured; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsJsonAsync(BotEndpoint.Path, Submission(connector.ServiceUrl, partner, i));
            response.EnsureSuccessStatusCode();
            if (i >= warmup)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        var outbox = await app.Services.GetRequiredService<SubmissionLog>().WithStatusAsync(SubmissionStatus.Pending, CancellationToken.None);
        Console.WriteLine($"Card submission (valid visit report) over loopback HTTP, {measured} measured after {warmup} warm-up, embedded SQLite store:");
        Console.WriteLine($"  p50 {Percentile(timings, 0.50):0.0} ms   p90 {Percentile(timings, 0.90):0.0} ms   p99 {Percentile(timings, 0.99):0.0} ms   max {timings[^1]:0.0} ms");
        Console.WriteLine($"  outbox items: {outbox.Count}, connector calls: {connector.Calls.Count}");
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static JsonObject Submission(string serviceUrl, int partner, int n) => new()
    {
        ["type"] = "message",
        ["id"] = $"activity-{n}",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:bench", ["aadObjectId"] = "bench" },
        ["conversation"] = new JsonObject { ["id"] = "a:bench", ["conversationType"] = "personal", ["tenantId"] = "t" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["locale"] = "sv-SE",
        ["replyToId"] = "activity-card",
        ["value"] = new JsonObject
        {
            ["verb"] = "visit.submit",
            ["submissionId"] = $"bench-{n}-{Guid.NewGuid():N}",
            ["Title"] = $"Besök {n}",
            ["Partner"] = partner.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Direction"] = "Outgoing",
            ["Start"] = "2026-10-05",
            ["End"] = "2026-10-09",
            ["Purpose"] = "Mätning",
            ["Themes"] = "Culture",
            ["DemocracyDialogue"] = "NotApplicable",
            ["Costs"] = "Kultur: 1000",
            ["FollowUp1Title"] = "Följ upp",
            ["FollowUp1Owner"] = "anna@linkoping.example",
            ["FollowUp1Due"] = "2026-12-01",
        },
    };
}
