using System.Globalization;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Proactive;

/// <summary>The app's own messages as cards in Teams: a reminder in the person's chat, the digest in a channel, each in the chat's language.</summary>
public sealed class TeamsProactiveMessages(IMessenger messenger, LanguagePolicy languages) : IProactiveMessages
{
    public CultureInfo LanguageOf(ConversationReference chat) => TextsOf(chat).Culture;

    public string DigestTitle(CultureInfo language) => BotTexts.For(language).DigestTitle;

    public Task<DeliveryResult> SendReminderAsync(ConversationReference chat, ReminderNotice notice, CancellationToken cancellationToken)
    {
        var deadline = notice.Reminder.Deadline;
        var card = ReminderCard.Build(TextsOf(chat), deadline.Item, deadline.Title, deadline.Due, notice.DaysLeft, notice.Reminder.IsOverdue, [chat.UserId], notice.Draft);
        return SendAsync(chat, card, cancellationToken);
    }

    public Task<DeliveryResult> SendDigestAsync(ConversationReference channel, DigestContent digest, CancellationToken cancellationToken) =>
        SendAsync(channel, DigestCard.Build(TextsOf(channel), digest), cancellationToken);

    private BotTexts TextsOf(ConversationReference chat) => languages.TextsFor(chat.Locale, chat.Language);

    private async Task<DeliveryResult> SendAsync(ConversationReference chat, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        await messenger.SendCardAsync(new ConversationAddress(chat.ServiceUrl, chat.ConversationId), card, cancellationToken) switch
        {
            DeliveryOutcome.Sent => DeliveryResult.Sent,
            DeliveryOutcome.Gone => DeliveryResult.Gone,
            _ => DeliveryResult.Failed,
        };
}
