using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.InMemory;

/// <summary>Conversation tests on an in-memory turn: the bot's commands and cards without HTTP (see <see cref="InMemoryBot"/>).</summary>
public abstract class InMemoryConversationTestBase : IAsyncLifetime
{
    protected InMemoryBot Bot { get; private set; } = null!;

    protected static string ServiceUrl => InMemoryBot.ServiceUrl;

    public async Task InitializeAsync() => Bot = await InMemoryBot.StartAsync();

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>Sends an activity and returns what the bot answered, asserting it answered at all.</summary>
    protected async Task<IReadOnlyList<TurnReply>> SendAsync(JsonObject activity)
    {
        var replies = await Bot.SendAsync(activity);
        Assert.NotEmpty(replies);
        return replies;
    }

    /// <summary>
    /// A card button pressed as an Action.Execute invoke: what Teams shows where the user acted (the card that replaces
    /// it, or a short text), as the protocol would put it in the invoke response.
    /// </summary>
    protected async Task<JsonNode> ExecuteAsync(string verb, JsonObject data)
    {
        var answer = (await SendAsync(Activities.Execute(ServiceUrl, verb, data.DeepClone().AsObject())))
            .Last(r => r.Kind is TurnReplyKind.CardShown or TurnReplyKind.Said);
        return answer.Card is { } card ? card : JsonValue.Create(answer.Text)!;
    }

    /// <summary>The card the last reply carrying one showed.</summary>
    protected static JsonObject LastCard(IReadOnlyList<TurnReply> replies) => replies.Last(r => r.Card is not null).Card!;

    protected static JsonObject? Input(JsonObject card, string id) => CardElements.Input(card, id);

    protected static IEnumerable<JsonObject> Flatten(JsonNode? node) => CardElements.Flatten(node);
}
