using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Tests.InMemory;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport.Logging;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>The bot in local mode (no app id, loopback) answering through a local connector, with the demo register.</summary>
public abstract class ConversationTestBase : IAsyncLifetime
{
    protected BotTestHost Host { get; private set; } = null!;

    protected FakeConnectorServer Connector { get; private set; } = null!;

    protected string ServiceUrl => Connector.ServiceUrl;

    /// <summary>Everything the bot logged.</summary>
    protected LogRecorder Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Connector = await FakeConnectorServer.StartAsync();
        Host = await BotTestHost.StartAsync(logs: Logs);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Sends an activity and returns the connector calls it caused.</summary>
    protected async Task<IReadOnlyList<ConnectorCall>> SendAsync(JsonObject activity, int expectedCalls = 1)
    {
        var before = Connector.Calls.Count;
        var response = await Host.PostAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var calls = await Connector.WaitForCallsAsync(before + expectedCalls);
        return [.. calls.Skip(before)];
    }

    /// <summary>The card the last call carried (a new message or an update of the card acted on).</summary>
    protected static JsonObject LastCard(IReadOnlyList<ConnectorCall> calls) =>
        calls.Last(c => c.Card is not null).Card!;

    protected static JsonObject? Input(JsonObject card, string id) => CardElements.Input(card, id);

    protected static IEnumerable<JsonObject> Flatten(JsonNode? node) => CardElements.Flatten(node);
}
