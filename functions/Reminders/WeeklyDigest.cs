using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>
/// On the first working day of each week, one digest card (<see cref="DigestSource"/>) to every team channel a
/// coordinator added the app to (the coordinators' channel). Once per channel and week.
/// </summary>
public sealed class WeeklyDigest(ConversationReferences conversations, IDigestSource digest, Coordinators coordinators, ReminderLedger ledger, ReminderDelivery delivery, LanguagePolicy languages)
{
    public async Task<int> SendAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstWorkingDay = Enumerable.Range(0, 7).Select(monday.AddDays).First(WorkingDays.IsWorkingDay);
        if (today != firstWorkingDay)
        {
            return 0;
        }

        var sent = 0;
        foreach (var channel in await conversations.ActiveChannelsAsync(cancellationToken))
        {
            if (!await coordinators.IsCoordinatorAsync(channel.AddedBy, cancellationToken))
            {
                continue;
            }

            var key = $"digest|{channel.ConversationId}|{IsoWeek.Of(today)}";
            var texts = languages.TextsFor(channel.Locale, channel.Language);
            var claim = await ledger.ClaimAsync(key, texts.DigestTitle, channel.ConversationId, cancellationToken);
            if (claim is null)
            {
                continue;
            }

            var card = DigestCard.Build(texts, await digest.SectionsAsync(texts, today, cancellationToken));
            var sending = await ledger.MarkSendingAsync(claim, cancellationToken);
            var outcome = await delivery.SendAsync(channel, card, cancellationToken);
            await ledger.RecordAsync(sending, outcome, cancellationToken);
            sent += outcome == ReminderOutcome.Sent ? 1 : 0;
        }

        return sent;
    }
}
