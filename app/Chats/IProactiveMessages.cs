using System.Globalization;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Chats;

/// <summary>
/// The messages the app sends on its own, as cards in a chat the bot knows: a reminder to a person, the digest to a
/// channel. The bot builds and posts them in the chat's language; the app decides what is sent, to whom and once.
/// </summary>
public interface IProactiveMessages
{
    /// <summary>The language the chat is answered in (what a review draft linked from it is written in).</summary>
    CultureInfo LanguageOf(ConversationReference chat);

    /// <summary>The digest's title in a language, as the ledger and the digest's own lists name it.</summary>
    string DigestTitle(CultureInfo language);

    Task<DeliveryResult> SendReminderAsync(ConversationReference chat, ReminderNotice notice, CancellationToken cancellationToken);

    Task<DeliveryResult> SendDigestAsync(ConversationReference channel, DigestContent digest, CancellationToken cancellationToken);
}

/// <summary>How a proactive message went.</summary>
public enum DeliveryResult
{
    Sent,

    /// <summary>Teams refused the conversation: the bot was removed or blocked.</summary>
    Gone,

    /// <summary>It did not get through this time.</summary>
    Failed,
}
