using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>Sends a reminder card to the recipient's personal chat with the bot, in the language that chat uses.</summary>
public sealed class ReminderDelivery(IListStore store, ConnectorClient connector, BotOptions options)
{
    /// <summary>The ledger outcome: Sent, NotInstalled (no chat with the user yet), Undeliverable (removed), or Failed.</summary>
    public async Task<string> DeliverAsync(PlannedReminder reminder, DateOnly today, CancellationToken cancellationToken)
    {
        var chats = await store.QueryAsync(ConversationsList.Name, ListQuery.WhereEquals(ConversationsList.UserEmail, reminder.Deadline.Recipient), cancellationToken);
        var chat = chats.FirstOrDefault(c => c.Flag(ConversationsList.Active) == true && c.Text(ConversationsList.Scope) == "personal");
        if (chat is null)
        {
            return "NotInstalled";
        }

        var texts = BotTexts.For(chat.Text(ConversationsList.Locale), options.Language);
        var daysLeft = reminder.Deadline.Due.DayNumber - today.DayNumber;
        var card = ReminderCard.Build(texts, reminder.Deadline.ItemKey, reminder.Deadline.Title, reminder.Deadline.Due, daysLeft, reminder.IsOverdue);
        try
        {
            await connector.SendAsync(chat.Text(ConversationsList.ServiceUrl)!, chat.Text(ConversationsList.ConversationId)!, Turn.CardMessage(card), cancellationToken);
            return "Sent";
        }
        catch (ConversationGoneException)
        {
            await store.UpdateAsync(ConversationsList.Name, chat.Id, new Dictionary<string, object?> { [ConversationsList.Active] = false }, "*", cancellationToken);
            return "Undeliverable";
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            return "Failed";
        }
    }
}
