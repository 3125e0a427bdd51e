using System.Text.Json.Nodes;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>What a card button does, found by its verb; <c>data</c> holds the card's inputs and the button's data.</summary>
public interface ICardAction
{
    string Verb { get; }

    Task HandleAsync(Turn turn, JsonObject data, CancellationToken cancellationToken);
}
