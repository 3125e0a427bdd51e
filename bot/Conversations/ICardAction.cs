using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>What a card button does, found by its verb; the card input holds the card's values and the button's data.</summary>
public interface ICardAction
{
    string Verb { get; }

    Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken);
}
