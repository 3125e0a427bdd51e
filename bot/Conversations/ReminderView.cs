using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The reminder card for an item as the register holds it now: closed, or due on its current date.</summary>
public sealed class ReminderView(TimeProvider time)
{
    public JsonObject Of(BotTexts texts, RemindedItem item, string? userId)
    {
        if (!item.IsOpen || item.Due is not { } due)
        {
            return ReminderCard.Outcome(texts, item.Title, texts.ReminderClosed, item.Key, [userId]);
        }

        var today = BusinessTimeZone.Today(time);
        return ReminderCard.Build(texts, item.Key, item.Title, due, due.DayNumber - today.DayNumber, item.IsOverdue, [userId]);
    }
}
