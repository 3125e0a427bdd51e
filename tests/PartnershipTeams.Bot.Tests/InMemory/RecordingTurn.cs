using System.Text.Json.Nodes;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Tests.InMemory;

/// <summary>
/// A turn with no protocol behind it (as the Agents SDK's <c>TestAdapter</c> gives its <c>TestFlow</c>): what the
/// activity says is read by the protocol's own <see cref="ActivityReader"/>, and every answer is recorded instead of sent.
/// </summary>
public sealed class RecordingTurn : ITurn
{
    private readonly List<TurnReply> replies = [];
    private readonly string? email;

    public RecordingTurn(Activity activity, TurnInput input, string? email)
    {
        Input = input;
        this.email = email;
        User = TurnUser.Of(activity);
        Conversation = TurnConversation.Of(activity);
    }

    public TurnInput Input { get; }

    public TurnUser User { get; }

    public TurnConversation Conversation { get; }

    public IReadOnlyList<TurnReply> Replies => replies;

    public Task<string?> AskUserEmailAsync(CancellationToken cancellationToken) => Task.FromResult(email);

    public Task SendCardAsync(JsonObject card, CancellationToken cancellationToken) => Record(TurnReplyKind.CardSent, card, null);

    public Task SayAsync(string text, CancellationToken cancellationToken) => Record(TurnReplyKind.Said, null, text);

    public Task ShowCardAsync(JsonObject card, CancellationToken cancellationToken) => Record(TurnReplyKind.CardShown, card, null);

    public async Task AnswerSearchAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        foreach (var hit in hits)
        {
            await Record(TurnReplyKind.SearchResult, hit.Card, hit.Title);
        }
    }

    public Task OfferFileAsync(OfferedFile file, CancellationToken cancellationToken) => Record(TurnReplyKind.FileOffered, null, file.Name);

    public Task DeliverFileAsync(FileUploadTarget target, byte[] content, CancellationToken cancellationToken) =>
        throw new NotSupportedException("An uploaded file needs the connector: test it through HTTP (ReviewFileFlowTests).");

    private Task Record(TurnReplyKind kind, JsonObject? card, string? text)
    {
        // A card is sent as JSON: what the test reads is what would have gone over the wire, not the object the bot keeps.
        replies.Add(new TurnReply(kind, card is null ? null : (JsonObject)JsonNode.Parse(card.ToJsonString())!, text));
        return Task.CompletedTask;
    }
}
