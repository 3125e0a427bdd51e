namespace PartnershipTeams.Protocol.Turns;

/// <summary>
/// One turn of a conversation as the conversations see it: who, where, what they said or submitted, and the ways to
/// answer. The protocol behind it (today our Bot Framework code in protocol/, tomorrow the Agents SDK) is not
/// visible here: answering may throw <see cref="DeliveryFailedException"/> or <see cref="ConversationGoneException"/>.
/// </summary>
public interface ITurn
{
    TurnInput Input { get; }

    TurnUser User { get; }

    TurnConversation Conversation { get; }

    /// <summary>The user's email as Teams knows it (a member lookup), or null.</summary>
    Task<string?> AskUserEmailAsync(CancellationToken cancellationToken);

    /// <summary>A new message with a card.</summary>
    Task SendCardAsync(System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken);

    /// <summary>Something short: the answer to a card action, or a new message.</summary>
    Task SayAsync(string text, CancellationToken cancellationToken);

    /// <summary>A card where the user acted: in place of the card acted on, or as a new message.</summary>
    Task ShowCardAsync(System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken);

    /// <summary>Answers a search (<see cref="SearchInput"/>) with its results, in the order given; none is an empty result.</summary>
    Task AnswerSearchAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken);

    /// <summary>Asks the user to accept a file (personal chats only); their answer comes back as a <see cref="FileConsentInput"/>.</summary>
    Task OfferFileAsync(OfferedFile file, CancellationToken cancellationToken);

    /// <summary>Uploads an accepted file where the user's answer said, then shows it in the chat.</summary>
    Task DeliverFileAsync(FileUploadTarget target, byte[] content, CancellationToken cancellationToken);
}
