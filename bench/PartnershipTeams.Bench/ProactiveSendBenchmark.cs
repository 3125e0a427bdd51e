using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bench;

/// <summary>
/// One reminders run that sends <c>users</c> reminders, one to each of as many users, through the product's own job
/// against a local connector enforcing Teams' rate limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; 50 requests
/// a second for the app): how long it takes, how many 429s came back, and the busiest conversation in each window.
/// </summary>
public static class ProactiveSendBenchmark
{
    // Wednesday 2026-11-25 07:30 in Stockholm (the business clock only; sends are paced on real time).
    private static readonly DateTimeOffset RunAt = new(2026, 11, 25, 6, 30, 0, TimeSpan.Zero);

    public static async Task RunAsync(int users)
    {
        await using var connector = await FakeConnectorServer.StartAsync(enforceRateLimits: true);
        using var host = new ProductApp(RunAt);
        var none = CancellationToken.None;
        var store = host.Services.GetRequiredService<IListStore>();
        var conversations = host.Services.GetRequiredService<ConversationReferences>();
        var partner = (await store.QueryAsync(PartnersList.Name, ListQuery.All, none))[0].Id;
        for (var n = 0; n < users; n++)
        {
            var email = $"person{n:D4}@linkoping.example";
            await store.CreateAsync(ActivitiesList.Name, new Dictionary<string, object?>
            {
                [ActivitiesList.Title] = $"Uppföljning {n}",
                [ActivitiesList.Partner] = partner,
                [ActivitiesList.Theme] = "Culture",
                [ActivitiesList.ResponsibleEmail] = email,
                [ActivitiesList.Status] = "Planned",
                [ActivitiesList.FollowUpDue] = new DateOnly(2026, 12, 2),
            }, none);
            await conversations.RememberAsync(new ConversationReference($"a:chat-{n:D4}", ConversationScope.Personal, connector.ServiceUrl, Activities.TenantId, null, $"29:{n}", $"aad-{n}", email, "sv-SE", Active: true, RunAt), none);
        }

        var clock = Stopwatch.StartNew();
        var summary = await host.Services.GetRequiredService<TimerJobRunner>().RunAsync("reminders", none);
        var elapsed = clock.Elapsed;

        var cards = connector.Calls.Count(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal));
        Console.WriteLine($"reminders run: {string.Join(" ", summary ?? [])}");
        Console.WriteLine($"{users} reminders to {users} users: {cards} cards accepted in {elapsed.TotalSeconds:F1} s ({cards / elapsed.TotalSeconds:F1}/s), 429s received: {connector.RateLimits!.Throttled}");
        foreach (var (window, limit, busiest) in connector.RateLimits.BusiestConversation())
        {
            Console.WriteLine($"  busiest conversation within {window}: {busiest} sends (limit {limit})");
        }

        Console.WriteLine($"  busiest second for the app: {connector.RateLimits.BusiestSecondForTheApp()} requests (limit {ConnectorRateLimits.PerApp.Limit})");
    }
}
