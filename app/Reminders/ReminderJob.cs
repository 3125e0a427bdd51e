using System.Globalization;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Reminders;

/// <summary>
/// The daily reminder function: plan today's reminders, and send each one its ledger lets this run send. Its timer
/// fires in UTC (Flex Consumption has no time zone setting) at 05:30 and 06:30, one of which is 07:30 in Stockholm
/// whatever the season; this job sends from 07:30 Stockholm time and lets the other firing pass.
/// </summary>
public sealed class ReminderJob(DeadlineSource deadlines, ReminderLedger ledger, ReminderDelivery delivery, WeeklyDigest digest, IRegisterReadiness initializer, SyncState state, TimeProvider time) : ITimerJob, IRunsAsOf
{
    /// <summary>Reminders go out from this time of day in Stockholm.</summary>
    public static readonly TimeOnly SendTime = new(7, 30);

    /// <summary>
    /// A run within this long after <see cref="SendTime"/> always goes ahead (a rerun sends only what the ledger still
    /// allows: a failed send, a dead run's claim); a later run only on a day no run has completed yet (a catch-up).
    /// Shorter than the hour between the two daily firings, so the second one in summer (08:30) passes.
    /// </summary>
    public static readonly TimeSpan RerunWindow = TimeSpan.FromHours(1);

    private const string LastRunKey = "reminders:last-completed-day";

    public string Name => "reminders";

    /// <summary>Whether a run at <paramref name="instant"/> sends, given whether a run has already completed that Stockholm day.</summary>
    public static bool Sends(DateTimeOffset instant, bool completedToday)
    {
        var local = TimeOnly.FromTimeSpan(BusinessTimeZone.ToLocal(instant).TimeOfDay);
        return local >= SendTime && (!completedToday || local < SendTime.Add(RerunWindow));
    }

    public Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken) => RunAsOfAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// The run as if it were <paramref name="now"/>: what is due that day, sent now (the ledger still sends each once).
    /// The timer runs it as of the clock; a person on a laptop may name another moment to try the reminders.
    /// </summary>
    public async Task<IReadOnlyList<string>> RunAsOfAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = BusinessTimeZone.DateOf(now);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!Sends(now, completedToday: false))
        {
            return [$"{day}: before {SendTime:HH\\:mm} in Stockholm; the run at {SendTime:HH\\:mm} sends"];
        }

        if (!Sends(now, completedToday: true) && await state.GetAsync(LastRunKey, cancellationToken) == day)
        {
            return [$"{day}: today's reminders were sent by an earlier run"];
        }

        if (!await initializer.EnsureReadyAsync(cancellationToken))
        {
            return ["the list store cannot be reached; no reminders planned (the next run sends what is due)"];
        }

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
            PartnershipMetrics.ReminderHandled(reminder.Deadline.Subject, outcome);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        var digests = await digest.SendAsync(today, cancellationToken);
        await state.SetAsync(LastRunKey, day, cancellationToken);
        var counted = string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"));
        return [$"{day}: {planned.Count} reminders planned, {handledBefore} handled before; {counted}; weekly digests sent: {digests}"];
    }
}
