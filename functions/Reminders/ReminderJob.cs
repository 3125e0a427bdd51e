using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Lists;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>The daily reminder function: plan today's reminders, and send each one its ledger lets this run send.</summary>
public sealed class ReminderJob(DeadlineSource deadlines, ReminderLedger ledger, ReminderDelivery delivery, WeeklyDigest digest, ListStoreInitializer initializer, TimeProvider time) : ITimerJob
{
    public string Name => "reminders";

    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        if (!await initializer.EnsureReadyAsync(cancellationToken))
        {
            return ["the list store cannot be reached; no reminders planned (the next run sends what is due)"];
        }

        var today = BusinessTimeZone.Today(time);
        var planned = ReminderPlanner.Plan(await deadlines.OpenNearAsync(today, cancellationToken), today).ToList();
        var outcomes = new Dictionary<ReminderOutcome, int>();
        var handledBefore = 0;
        foreach (var reminder in planned)
        {
            if (await ledger.ClaimAsync(reminder, cancellationToken) is not { } claim)
            {
                // Sent by an earlier run, being sent by another, or settled (uncertain, or out of attempts).
                handledBefore++;
                continue;
            }

            var outcome = await delivery.DeliverAsync(claim, reminder, today, cancellationToken);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        var digests = await digest.SendAsync(today, cancellationToken);
        var counted = string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"));
        return [$"{today:yyyy-MM-dd}: {planned.Count} reminders planned, {handledBefore} handled before; {counted}; weekly digests sent: {digests}"];
    }
}
