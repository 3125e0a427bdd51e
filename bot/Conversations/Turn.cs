using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A turn with the texts of the language the conversation is answered in.</summary>
public sealed class Turn(ITurn turn, BotTexts texts)
{
    public TurnInput Input => turn.Input;

    public TurnUser User => turn.User;

    public TurnConversation Conversation => turn.Conversation;

    public BotTexts Texts { get; } = texts;

    public Task<string?> AskUserEmailAsync(CancellationToken cancellationToken) => turn.AskUserEmailAsync(cancellationToken);

    public Task SendCardAsync(JsonObject card, CancellationToken cancellationToken) => turn.SendCardAsync(card, cancellationToken);

    public Task SayAsync(string text, CancellationToken cancellationToken) => turn.SayAsync(text, cancellationToken);

    public Task ShowCardAsync(JsonObject card, CancellationToken cancellationToken) => turn.ShowCardAsync(card, cancellationToken);

    public Task AnswerSearchAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken) => turn.AnswerSearchAsync(hits, cancellationToken);

    public Task OfferFileAsync(OfferedFile file, CancellationToken cancellationToken) => turn.OfferFileAsync(file, cancellationToken);

    public Task DeliverFileAsync(FileUploadTarget target, byte[] content, CancellationToken cancellationToken) => turn.DeliverFileAsync(target, content, cancellationToken);
}
