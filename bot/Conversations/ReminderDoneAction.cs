using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Mark done: the activity is done, the review reported, or the goal reviewed (next review a quarter on).</summary>
public sealed class ReminderDoneAction(RemindedItems items, ReminderCardItems cards, ReminderView view) : ICardAction
{
    public string Verb => ReminderCard.DoneVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await cards.FromCardAsync(turn, card, cancellationToken) is not { } item)
        {
            return;
        }

        if (!item.IsOpen || ReminderCardItems.ChangedSince(item, card))
        {
            // A retried invoke: marking done again would move a goal's next review a second quarter on.
            await turn.ShowCardAsync(view.Of(turn.Texts, item, turn.User.Id), cancellationToken);
            return;
        }

        var done = await items.MarkDoneAsync(item, cancellationToken);
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, done.Title, turn.Texts.MarkedDone, done.Key, [turn.User.Id]), cancellationToken);
    }
}
