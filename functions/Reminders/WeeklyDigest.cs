using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>
/// On the first working day of each week, one digest card to every team channel the bot is in (the
/// coordinators' channel): due within 30 days, overdue, and visits reported since Monday. Once per channel and week.
/// </summary>
public sealed class WeeklyDigest(IListStore store, ConversationReferences conversations, SubmissionLog submissions, ReminderLedger ledger, ReminderDelivery delivery, LanguagePolicy languages)
{
    public async Task<int> SendAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstWorkingDay = Enumerable.Range(0, 7).Select(monday.AddDays).First(WorkingDays.IsWorkingDay);
        if (today != firstWorkingDay)
        {
            return 0;
        }

        var channels = await conversations.ActiveChannelsAsync(cancellationToken);
        if (channels.Count == 0)
        {
            return 0;
        }

        var open = (await store.QueryAsync(ActivitiesList.Records, ListQuery.Where(ActivitiesList.FollowUpDue, ComparisonOperator.GreaterOrEqual, today.AddDays(-DeadlineSource.OverdueHorizonDays))
                .And(ActivitiesList.FollowUpDue, ComparisonOperator.LessOrEqual, today.AddDays(30)), cancellationToken))
            .Where(a => a.Value.IsOpen)
            .OrderBy(a => a.Value.FollowUpDue)
            .ToList();
        var since = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), BusinessTimeZone.Zone.GetUtcOffset(monday.ToDateTime(TimeOnly.MinValue)));
        var visits = await store.QueryAsync(VisitsList.Records, ListQuery.Where(VisitsList.ReportedAt, ComparisonOperator.GreaterOrEqual, since), cancellationToken);
        var uncertain = await ledger.UncertainAsync(cancellationToken);
        var stuck = await submissions.WithStatusAsync(SubmissionStatus.Poison, cancellationToken);

        var sent = 0;
        foreach (var channel in channels)
        {
            var key = $"digest|{channel.ConversationId}|{IsoWeek.Of(today)}";
            var texts = languages.TextsFor(channel.Locale, channel.Language);
            var claim = await ledger.ClaimAsync(key, texts.DigestTitle, channel.ConversationId, cancellationToken);
            if (claim is null)
            {
                continue;
            }

            var card = DigestCard.Build(texts, new DigestCard.Sections(
                [.. open.Where(a => !a.Value.IsOverdueOn(today)).Select(a => new ListingCards.Row(a.Value.Title, a.Value.FollowUpDue, a.Value.ResponsibleEmail))],
                [.. open.Where(a => a.Value.IsOverdueOn(today)).Select(a => new ListingCards.Row(a.Value.Title, a.Value.FollowUpDue, a.Value.ResponsibleEmail))],
                [.. visits.Select(v => new ListingCards.Row(v.Value.Title, v.Value.Start, v.Value.ReportedByEmail))],
                [.. uncertain.Select(r => new ListingCards.Row(r.Title, r.ClaimedAt is { } at ? BusinessTimeZone.DateOf(at) : null, r.Recipient))],
                [.. stuck.Select(s => new ListingCards.Row(s.Title, BusinessTimeZone.DateOf(s.ReceivedAt), s.ReportedBy))]));
            var sending = await ledger.MarkSendingAsync(claim, cancellationToken);
            var outcome = await delivery.SendAsync(channel, card, cancellationToken);
            await ledger.RecordAsync(sending, outcome, cancellationToken);
            sent += outcome == ReminderOutcome.Sent ? 1 : 0;
        }

        return sent;
    }
}
