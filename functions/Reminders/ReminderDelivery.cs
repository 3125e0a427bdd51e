using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>
/// Sends a reminder card to the recipient's personal chat with the bot, in the language that chat uses; the
/// ledger is told the send is starting before the card is posted.
/// </summary>
public sealed class ReminderDelivery(IListStore store, ConnectorClient connector, ReminderLedger ledger, BotOptions options)
{
    /// <summary>Delivers the claimed reminder and records how it went.</summary>
    public async Task<ReminderOutcome> DeliverAsync(ListItem claim, PlannedReminder reminder, DateOnly today, CancellationToken cancellationToken)
    {
        var chats = await store.QueryAsync(ConversationsList.Name, ListQuery.WhereEquals(ConversationsList.UserEmail, reminder.Deadline.Recipient), cancellationToken);
        var chat = chats.FirstOrDefault(c => c.Flag(ConversationsList.Active) == true && c.Text(ConversationsList.Scope) == "personal");
        if (chat is null)
        {
            await ledger.RecordAsync(claim, ReminderOutcome.NotInstalled, cancellationToken);
            return ReminderOutcome.NotInstalled;
        }

        var texts = BotTexts.For(chat.Text(ConversationsList.Locale), options.Language);
        var daysLeft = reminder.Deadline.Due.DayNumber - today.DayNumber;
        var card = ReminderCard.Build(texts, reminder.Deadline.ItemKey, reminder.Deadline.Title, reminder.Deadline.Due, daysLeft, reminder.IsOverdue);
        var sending = await ledger.MarkSendingAsync(claim, cancellationToken);
        var outcome = await SendAsync(chat, card, cancellationToken);
        await ledger.RecordAsync(sending, outcome, cancellationToken);
        return outcome;
    }

    /// <summary>Posts a card to a stored conversation: Sent, Undeliverable (and the conversation marked inactive), or Failed.</summary>
    public async Task<ReminderOutcome> SendAsync(ListItem chat, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(chat.Text(ConversationsList.ServiceUrl)!, chat.Text(ConversationsList.ConversationId)!, Turn.CardMessage(card), cancellationToken);
            return ReminderOutcome.Sent;
        }
        catch (ConversationGoneException)
        {
            await store.UpdateAsync(ConversationsList.Name, chat.Id, new Dictionary<string, object?> { [ConversationsList.Active] = false }, "*", cancellationToken);
            return ReminderOutcome.Undeliverable;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            return ReminderOutcome.Failed;
        }
    }
}
