using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Snooze a week: the item's due date moves seven days on (its next reminders follow the new date).</summary>
public sealed class ReminderSnoozeAction(RemindedItems items, ConversationDirectory directory) : ICardAction
{
    public string Verb => ReminderCard.SnoozeVerb;

    public async Task HandleAsync(Turn turn, JsonObject data, CancellationToken cancellationToken)
    {
        var item = await items.FindAsync((string?)data["item"], await directory.EmailOfAsync(turn.Activity, cancellationToken), cancellationToken);
        if (item is null)
        {
            await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
            return;
        }

        var moved = await items.SnoozeAsync(item, cancellationToken);
        var date = moved.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, moved.Title, string.Format(CultureInfo.InvariantCulture, turn.Texts.SnoozedTo, date)), cancellationToken);
    }
}
