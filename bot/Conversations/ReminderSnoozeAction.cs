using System.Globalization;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Snooze a week: the item's due date moves seven days on (its next reminders follow the new date).</summary>
public sealed class ReminderSnoozeAction(RemindedItems items, ReminderCardItems cards, ReminderView view) : ICardAction
{
    public string Verb => ReminderCard.SnoozeVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await cards.FromCardAsync(turn, card, cancellationToken) is not { } item)
        {
            return;
        }

        if (ReminderCardItems.ChangedSince(item, card))
        {
            // A retried invoke (or a second click): the first already moved it; show it as it is, move nothing.
            await turn.ShowCardAsync(view.Of(turn.Texts, item, turn.User.Id), cancellationToken);
            return;
        }

        if (await items.SnoozeAsync(item, cancellationToken) is not { } moved)
        {
            await turn.SayAsync(turn.Texts.CannotSnooze, cancellationToken);
            return;
        }

        var date = moved.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, moved.Title, turn.Texts.SnoozedTo(date), moved.Key, [turn.User.Id]), cancellationToken);
    }
}
