using PartnershipTeams.Application.Chats;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Application.Reminders;

/// <summary>
/// Sends a reminder card to the recipient's personal chat with the bot, in the language that chat uses; the
/// ledger is told the send is starting before the card is posted. A recipient without a chat gets the app installed
/// first (<see cref="IAppInstaller"/>); one who cannot be reached that way is recorded with the reason. A chat that
/// answers it is gone is marked so, and the reminder goes once more, to the person's current chat found the same way;
/// without one it is recorded undeliverable (the digest lists it), never dropped unseen.
/// </summary>
public sealed class ReminderDelivery(ConversationReferences conversations, IProactiveMessages messages, IAppInstaller installer, ReminderLedger ledger, ReviewDraftLink drafts, TimeProvider time)
{
    /// <summary>Delivers the claimed reminder and records how it went.</summary>
    public async Task<ReminderOutcome> DeliverAsync(LedgerEntry claim, PlannedReminder reminder, DateOnly today, CancellationToken cancellationToken)
    {
        var recipient = reminder.Deadline.Recipient;
        var (chat, unreachable) = await ChatOfAsync(recipient, cancellationToken);
        if (chat is null)
        {
            await ledger.RecordAsync(claim, unreachable, cancellationToken);
            return unreachable;
        }

        var sending = await ledger.MarkSendingAsync(claim, cancellationToken);
        var outcome = await SendAsync(chat, reminder, today, cancellationToken);
        if (outcome == ReminderOutcome.Undeliverable)
        {
            // The chat is gone (now marked so): the person may have another, or get one by installation, as for a
            // recipient who never had one. Sent there once; without one, recorded undeliverable for the digest.
            var (current, why) = await ChatOfAsync(recipient, cancellationToken);
            if (current is not null && current.ConversationId != chat.ConversationId)
            {
                sending = await ledger.MarkSendingAsync(sending, cancellationToken);
                outcome = await SendAsync(current, reminder, today, cancellationToken);
            }
            else if (why is not (ReminderOutcome.Sent or ReminderOutcome.NotInstalled))
            {
                outcome = why;
            }
        }

        await ledger.RecordAsync(sending, outcome, cancellationToken);
        return outcome;
    }

    private async Task<ReminderOutcome> SendAsync(ConversationReference chat, PlannedReminder reminder, DateOnly today, CancellationToken cancellationToken)
    {
        var draft = await drafts.ForAsync(reminder, messages.LanguageOf(chat), cancellationToken);
        var notice = new ReminderNotice(reminder, reminder.Deadline.Due.DayNumber - today.DayNumber, draft);
        return await OutcomeOfAsync(chat, await messages.SendReminderAsync(chat, notice, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The recipient's personal chat: the stored one, else the one a proactive installation opens (the
    /// conversationUpdate that follows an install may already have stored it; else the chat Graph names is stored).
    /// </summary>
    private async Task<(ConversationReference? Chat, ReminderOutcome Unreachable)> ChatOfAsync(string email, CancellationToken cancellationToken)
    {
        if (await conversations.PersonalChatOfAsync(email, cancellationToken) is { } known)
        {
            return (known, ReminderOutcome.Sent);
        }

        var installation = await installer.InstallForAsync(email, cancellationToken);
        switch (installation.Status)
        {
            case InstallationStatus.Installed when installation.Chat is { } address:
                if (await conversations.PersonalChatOfAsync(email, cancellationToken) is { } announced)
                {
                    return (announced, ReminderOutcome.Sent);
                }

                var opened = new ConversationReference(
                    address.ConversationId, ConversationScope.Personal, address.ServiceUrl, null, null, null, installation.UserAadObjectId, email, null, Active: true, time.GetUtcNow());
                await conversations.RememberAsync(opened, cancellationToken);
                return (opened, ReminderOutcome.Sent);
            case InstallationStatus.NoPermission:
                return (null, ReminderOutcome.NoPermission);
            case InstallationStatus.UserNotFound:
                return (null, ReminderOutcome.UserNotFound);
            case InstallationStatus.AppNotInCatalog:
                return (null, ReminderOutcome.AppNotInCatalog);
            case InstallationStatus.NotConfigured:
                return (null, ReminderOutcome.NotInstalled);
            default:
                return (null, ReminderOutcome.Failed);
        }
    }

    /// <summary>What a send to a stored conversation came to: Sent, Undeliverable (and the conversation marked inactive), or Failed.</summary>
    public async Task<ReminderOutcome> OutcomeOfAsync(ConversationReference chat, DeliveryResult delivered, CancellationToken cancellationToken)
    {
        switch (delivered)
        {
            case DeliveryResult.Sent:
                return ReminderOutcome.Sent;
            case DeliveryResult.Gone:
                await conversations.MarkInactiveAsync(chat.ConversationId, cancellationToken);
                return ReminderOutcome.Undeliverable;
            default:
                return ReminderOutcome.Failed;
        }
    }
}
