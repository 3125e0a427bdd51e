using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Snooze a week: the item's due date moves seven days on (its next reminders follow the new date).</summary>
public sealed class ReminderSnoozeAction(RemindedItems items) : ICardAction
{
    public string Verb => ReminderCard.SnoozeVerb;

    public async Task HandleAsync(Turn turn, JsonObject data, CancellationToken cancellationToken)
    {
        if (await items.FromCardAsync(turn, data, cancellationToken) is not { } item)
        {
            return;
        }

        var moved = await items.SnoozeAsync(item, cancellationToken);
        var date = moved.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, moved.Title, string.Format(CultureInfo.InvariantCulture, turn.Texts.SnoozedTo, date)), cancellationToken);
    }
}
