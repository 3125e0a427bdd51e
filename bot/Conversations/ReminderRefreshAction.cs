using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The reminder card's refresh (Universal Actions' refresh model): when the recipient opens the card, it shows the
/// item as it is now — done, snoozed to a new date, or changed by a manager in the register. Reads only.
/// </summary>
public sealed class ReminderRefreshAction(RemindedItems items, ConversationDirectory directory, ReminderView view) : ICardAction
{
    public string Verb => ReminderCard.RefreshVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var item = await items.FindAsync(card.Value(CardDataKeys.Item), await directory.EmailOfAsync(turn, cancellationToken), cancellationToken);
        await turn.ShowCardAsync(
            item is null ? ReminderCard.Outcome(turn.Texts, turn.Texts.ReminderTitle, turn.Texts.ItemGone) : view.Of(turn.Texts, item, turn.User.Id),
            cancellationToken);
    }
}
