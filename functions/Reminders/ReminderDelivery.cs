using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Bot.Turns;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>
/// Sends a reminder card to the recipient's personal chat with the bot, in the language that chat uses; the
/// ledger is told the send is starting before the card is posted.
/// </summary>
public sealed class ReminderDelivery(ConversationReferences conversations, IMessenger messenger, ReminderLedger ledger, LanguagePolicy languages, ReviewDraftLink drafts)
{
    /// <summary>Delivers the claimed reminder and records how it went.</summary>
    public async Task<ReminderOutcome> DeliverAsync(LedgerEntry claim, PlannedReminder reminder, DateOnly today, CancellationToken cancellationToken)
    {
        var chat = await conversations.PersonalChatOfAsync(reminder.Deadline.Recipient, cancellationToken);
        if (chat is null)
        {
            await ledger.RecordAsync(claim, ReminderOutcome.NotInstalled, cancellationToken);
            return ReminderOutcome.NotInstalled;
        }

        var texts = languages.TextsFor(chat.Locale, chat.Language);
        var daysLeft = reminder.Deadline.Due.DayNumber - today.DayNumber;
        var draft = await drafts.ForAsync(reminder, texts.Culture, cancellationToken);
        var card = ReminderCard.Build(texts, reminder.Deadline.Item, reminder.Deadline.Title, reminder.Deadline.Due, daysLeft, reminder.IsOverdue, draft);
        var sending = await ledger.MarkSendingAsync(claim, cancellationToken);
        var outcome = await SendAsync(chat, card, cancellationToken);
        await ledger.RecordAsync(sending, outcome, cancellationToken);
        return outcome;
    }

    /// <summary>Posts a card to a stored conversation: Sent, Undeliverable (and the conversation marked inactive), or Failed.</summary>
    public async Task<ReminderOutcome> SendAsync(ConversationReference chat, JsonObject card, CancellationToken cancellationToken)
    {
        var delivered = await messenger.SendCardAsync(new ConversationAddress(chat.ServiceUrl, chat.ConversationId), card, cancellationToken);
        switch (delivered)
        {
            case DeliveryOutcome.Sent:
                return ReminderOutcome.Sent;
            case DeliveryOutcome.Gone:
                await conversations.MarkInactiveAsync(chat.ConversationId, cancellationToken);
                return ReminderOutcome.Undeliverable;
            default:
                return ReminderOutcome.Failed;
        }
    }
}
