using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.InMemory;

/// <summary>How the bot answered in a turn: a new card, a card in place of the one acted on, a short text, a file offered, or a search result (its card, its title as the text).</summary>
public enum TurnReplyKind
{
    CardSent,
    CardShown,
    Said,
    FileOffered,
    SearchResult,
}

/// <summary>One answer the bot gave in an in-memory turn, read as a person would: its card, the card's text and buttons.</summary>
public sealed record TurnReply(TurnReplyKind Kind, JsonObject? Card, string? Text)
{
    /// <summary>All text of the card (or the short text said), as <see cref="ConnectorCall.CardText"/> reads it.</summary>
    public string CardText => Card is null ? Text ?? string.Empty : ConnectorCall.TextsOf(Card);

    /// <summary>The card's buttons that reach the bot, as <see cref="ConnectorCall.ActionsOf"/> finds them.</summary>
    public IReadOnlyList<JsonObject> Actions => ConnectorCall.ActionsOf(Card);
}
