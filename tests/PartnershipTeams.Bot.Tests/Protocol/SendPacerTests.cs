using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Turns;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Protocol;

/// <summary>
/// Proactive sends paced under Teams' rate limits (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
/// per conversation 7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 an hour; 50 requests a second for the app.
/// </summary>
public sealed class SendPacerTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero));

    private static async Task SendNowAsync(SendPacer pacer, string conversation, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var turn = pacer.WaitTurnAsync(conversation, None);
            Assert.True(turn.IsCompleted, $"send {i + 1} to {conversation} had to wait");
            (await turn).Dispose();
        }
    }

    [Fact]
    public async Task EighthSendToAConversationWithinASecond_WaitsUntilTheFirstSecondHasPassed()
    {
        var pacer = new SendPacer(clock);
        await SendNowAsync(pacer, "a:chat", 7);

        var eighth = pacer.WaitTurnAsync("a:chat", None);
        Assert.False(eighth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1) + SendPacer.Margin);

        await eighth.WaitAsync(TimeSpan.FromSeconds(5), None);
    }

    [Fact]
    public async Task NinthSendWithinTwoSeconds_WaitsForTheTwoSecondWindow()
    {
        var pacer = new SendPacer(clock);
        await SendNowAsync(pacer, "a:chat", 7);
        clock.Advance(TimeSpan.FromSeconds(1) + SendPacer.Margin);
        await SendNowAsync(pacer, "a:chat", 1);

        var ninth = pacer.WaitTurnAsync("a:chat", None);
        clock.Advance(TimeSpan.FromSeconds(0.9));
        Assert.False(ninth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.2));

        await ninth.WaitAsync(TimeSpan.FromSeconds(5), None);
    }

    [Fact]
    public async Task SixtyFirstSendWithinThirtySeconds_Waits()
    {
        var pacer = new SendPacer(clock);
        for (var i = 0; i < 60; i++)
        {
            await SendNowAsync(pacer, "a:chat", 1);
            clock.Advance(TimeSpan.FromMilliseconds(400));
        }

        var next = pacer.WaitTurnAsync("a:chat", None);
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(6.5));

        await next.WaitAsync(TimeSpan.FromSeconds(5), None);
    }

    [Fact]
    public async Task FiftyFirstRequestOfTheAppWithinASecond_WaitsWhateverTheConversation()
    {
        var pacer = new SendPacer(clock);
        for (var i = 0; i < 50; i++)
        {
            await SendNowAsync(pacer, $"a:chat-{i}", 1);
        }

        var next = pacer.WaitTurnAsync("a:chat-new", None);
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1) + SendPacer.Margin);

        await next.WaitAsync(TimeSpan.FromSeconds(5), None);
    }

    [Fact]
    public async Task ConversationsNotSentToForAnHour_AreForgotten()
    {
        var pacer = new SendPacer(clock);
        await SendNowAsync(pacer, "a:chat-1", 1);
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(2));

        await SendNowAsync(pacer, "a:chat-2", 1);

        Assert.Equal(1, pacer.Conversations);
    }

    [Fact]
    public async Task TwelveCardsToOneChatThroughTheMessenger_ReachAConnectorEnforcingTeamsLimitsWithout429()
    {
        await using var connector = await FakeConnectorServer.StartAsync(enforceRateLimits: true);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://localhost:7071" }).Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddBotProtocol()
            .BuildServiceProvider();
        var messenger = services.GetRequiredService<IMessenger>();

        var outcomes = new List<DeliveryOutcome>();
        for (var i = 0; i < 12; i++)
        {
            outcomes.Add(await messenger.SendCardAsync(new ConversationAddress(connector.ServiceUrl, "a:busy-chat"), new System.Text.Json.Nodes.JsonObject { ["type"] = "AdaptiveCard" }, None));
        }

        Assert.All(outcomes, o => Assert.Equal(DeliveryOutcome.Sent, o));
        Assert.Equal(0, connector.RateLimits!.Throttled);
        Assert.All(connector.RateLimits.BusiestConversation(), w => Assert.True(w.Busiest <= w.Limit, $"{w.Busiest} sends within {w.Window}"));
    }

    [Fact]
    public void TheFakeConnector_Refuses429TheEighthSendWithinASecond()
    {
        var limits = new ConnectorRateLimits(clock);

        var admitted = Enumerable.Range(0, 8).Select(_ => limits.TryAdmit("a:chat")).ToList();

        Assert.Equal([true, true, true, true, true, true, true, false], admitted);
        Assert.Equal(1, limits.Throttled);
    }
}
