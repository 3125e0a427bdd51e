using System.Globalization;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The reminded item a reminder card's button names, for the person who pressed it; and whether it changed since the card was sent.</summary>
public sealed class ReminderCardItems(RemindedItems items, ConversationDirectory directory)
{
    /// <summary>The item a card button names, if the acting user is responsible for it; otherwise the user is told it is gone.</summary>
    public async Task<RemindedItem?> FromCardAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var item = await items.FindAsync(card.Value(CardDataKeys.Item), await directory.EmailOfAsync(turn, cancellationToken), cancellationToken);
        if (item is null)
        {
            await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
        }

        return item;
    }

    /// <summary>
    /// Whether the item changed since the card was sent: its due date is no longer the one the card showed (a snooze or a
    /// done already applied, or a manager's edit). Teams retries invokes, so a handler that finds this shows the item as
    /// it is instead of changing it again.
    /// </summary>
    public static bool ChangedSince(RemindedItem item, CardInput card) =>
        DateOnly.TryParseExact(card.Value(ReminderCard.DueField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var shown)
        && item.Due != shown;
}
