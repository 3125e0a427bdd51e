using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Turns;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Protocol;

/// <summary>The connector client against a local connector server, wired as the app wires it (token handler, resilience).</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeConnectorServer connector = null!;
    private ServiceProvider services = null!;

    private ConnectorClient Client => services.GetRequiredService<ConnectorClient>();

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://localhost:7071" }).Build();
        services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddBotProtocol()
            .AddSingleton(new BotCredential(new StaticTokenCredential("connector-token")))
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connector.DisposeAsync();
    }

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task ReplyAsync_PostsToTheActivityWithTheBotsToken()
    {
        var id = await Client.ReplyAsync(connector.ServiceUrl, "a:chat/1", "activity-9", Text("Hej"), CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        // The slash in the conversation id stays escaped, so it cannot change the path (the server decodes the colon).
        Assert.Equal(("POST", "/v3/conversations/a:chat%2F1/activities/activity-9"), (call.Method, call.Path));
        Assert.Equal("Bearer connector-token", call.Authorization);
        Assert.Equal("Hej", (string?)call.Body!["text"]);
        Assert.StartsWith("activity-", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversationAsync_OpensAPersonalChatInTheTenant()
    {
        var conversationId = await Client.CreateConversationAsync(connector.ServiceUrl, "28:bot", "29:anna", "tenant-1", CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal("/v3/conversations", call.Path);
        Assert.Equal("29:anna", (string?)call.Body!["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)call.Body["channelData"]!["tenant"]!["id"]);
        Assert.False((bool)call.Body["isGroup"]!);
        Assert.StartsWith("a:conversation-", conversationId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsyncThrottled_WaitsRetryAfterAndSendsOnce()
    {
        connector.FailNext(429, retryAfterSeconds: 1);

        await Client.SendAsync(connector.ServiceUrl, "a:chat", Text("Påminnelse"), CancellationToken.None);

        Assert.Equal(2, connector.Calls.Count);
    }

    [Fact]
    public async Task SendAsyncForbidden_SaysTheConversationIsGone()
    {
        connector.FailNext(403);

        await Assert.ThrowsAsync<ConversationGoneException>(() => Client.SendAsync(connector.ServiceUrl, "a:chat", Text("x"), CancellationToken.None));
        Assert.Single(connector.Calls);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("not a url")]
    public async Task SendAsyncToAServiceUrlNotAllowed_RefusesWithoutSendingAnything(string serviceUrl)
    {
        await Assert.ThrowsAsync<DeliveryFailedException>(() => Client.SendAsync(serviceUrl, "a:chat", Text("x"), CancellationToken.None));
    }

    [Fact]
    public async Task SendAsyncManyToOneConversation_ArriveInOrder()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Client.SendAsync(connector.ServiceUrl, "a:chat", Text($"m{i}"), CancellationToken.None)));

        Assert.Equal(10, connector.Calls.Count);
        Assert.Equal(10, connector.Calls.Select(c => (string?)c.Body!["text"]).Distinct().Count());
    }

    [Fact]
    public async Task CallsRedirectedToAnotherHost_AreNotFollowed()
    {
        // A redirect would hand the bot's connector token, and the member's details, to whatever host it names.
        await using var elsewhere = await FakeConnectorServer.StartAsync();
        elsewhere.KnowMember("29:anna", "anna@linkoping.example");
        connector.RedirectNext(elsewhere.ServiceUrl);
        connector.RedirectNext(elsewhere.ServiceUrl);
        connector.RedirectNext(elsewhere.ServiceUrl);

        var member = await Client.GetMemberAsync(connector.ServiceUrl, "a:chat", "29:anna", CancellationToken.None);
        await Assert.ThrowsAsync<DeliveryFailedException>(() => Client.UpdateAsync(connector.ServiceUrl, "a:chat", "activity-1", Text("x"), CancellationToken.None));
        await Assert.ThrowsAsync<DeliveryFailedException>(() => Client.SendAsync(connector.ServiceUrl, "a:chat", Text("x"), CancellationToken.None));

        Assert.Null(member);
        Assert.Empty(elsewhere.Calls);
    }

    [Fact]
    public async Task SendGateAfterSendsToManyConversations_HoldsNothing()
    {
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Client.SendAsync(connector.ServiceUrl, $"a:chat-{i}", Text("x"), CancellationToken.None)));

        Assert.Equal(0, services.GetRequiredService<ConversationSendGate>().Count);
    }

    [Fact]
    public void ActivityWithUnknownProperties_KeepsThemOnARoundTrip()
    {
        var json = Activities.Message("http://127.0.0.1/", "hej");

        var activity = System.Text.Json.JsonSerializer.Deserialize<Activity>(json.ToJsonString(), BotJson.Options)!;
        var again = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.True((bool)again["futureProperty"]!["kept"]!);
        Assert.Equal(Activities.TenantId, activity.TenantId);
        Assert.Equal(Activities.UserAadObjectId, activity.From!.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
    }

    [Fact]
    public void CardMessage_CarriesTheCardAsAnAdaptiveCardAttachment()
    {
        var message = ConnectorActivities.CardMessage(new JsonObject { ["type"] = "AdaptiveCard" });

        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(message.Attachments!).ContentType);
    }
}
