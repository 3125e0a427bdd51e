using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Register;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Digest;

/// <summary>
/// On the first working day of each week, one digest card (<see cref="DigestSource"/>) to every team channel a
/// coordinator added the app to (the coordinators' channel). Once per channel and week.
/// </summary>
public sealed class WeeklyDigest(ConversationReferences conversations, DigestSource digest, Coordinators coordinators, ReminderLedger ledger, ReminderDelivery delivery, IProactiveMessages messages)
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
            var title = messages.DigestTitle(messages.LanguageOf(channel));
            var claim = await ledger.ClaimAsync(key, title, channel.ConversationId, cancellationToken);
            if (claim is null)
            {
                continue;
            }

            var content = await digest.ContentAsync(today, cancellationToken);
            var sending = await ledger.MarkSendingAsync(claim, cancellationToken);
            var outcome = await delivery.OutcomeOfAsync(channel, await messages.SendDigestAsync(channel, content, cancellationToken), cancellationToken);
            await ledger.RecordAsync(sending, outcome, cancellationToken);
            sent += outcome == ReminderOutcome.Sent ? 1 : 0;
        }

        return sent;
    }
}
