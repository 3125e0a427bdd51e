using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>
/// The Reminders list as a ledger: a reminder is sent only by the run whose create of its unique key succeeds,
/// so two runs at once, or a rerun, never send it twice. The run marks it <see cref="ReminderOutcome.Sending"/>
/// before it posts: a run that dies before that is taken over by a later one (nothing is lost); one that dies
/// after it leaves it <see cref="ReminderOutcome.Uncertain"/> (never sent twice). A failed send, or a recipient
/// who has not installed the app, is tried again by later runs, at most <see cref="MaxAttempts"/> times.
/// </summary>
public sealed class ReminderLedger(IListStore store, TimeProvider time)
{
    /// <summary>Longer than a run can take to send one reminder; a claim older than this belongs to a dead run.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public const int MaxAttempts = 5;

    private static readonly HashSet<string> Retryable = [nameof(ReminderOutcome.Failed), nameof(ReminderOutcome.NotInstalled)];

    /// <summary>The ledger item this run now owns for the reminder, or null when another run has it or it was handled.</summary>
    public Task<ListItem?> ClaimAsync(PlannedReminder reminder, CancellationToken cancellationToken) =>
        ClaimAsync(reminder.Key, reminder.Deadline.Title, reminder.Deadline.Recipient, cancellationToken);

    /// <summary>The ledger item this run now owns for any once-only message (a reminder, a weekly digest).</summary>
    public async Task<ListItem?> ClaimAsync(string key, string title, string recipient, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            return await store.CreateAsync(RemindersList.Name, new Dictionary<string, object?>
            {
                [RemindersList.Title] = title.Length > 255 ? title[..255] : title,
                [RemindersList.Key] = key,
                [RemindersList.Recipient] = recipient.Length > 255 ? recipient[..255] : recipient,
                [RemindersList.Outcome] = nameof(ReminderOutcome.Claimed),
                [RemindersList.ClaimedAt] = now,
                [RemindersList.Attempts] = 1,
            }, cancellationToken);
        }
        catch (DuplicateItemException)
        {
            var existing = (await store.QueryAsync(RemindersList.Name, ListQuery.WhereEquals(RemindersList.Key, key), cancellationToken))[0];
            return await TakeOverAsync(existing, now, cancellationToken);
        }
    }

    /// <summary>Says the send is starting, before the post; the returned item is what <see cref="RecordAsync"/> updates.</summary>
    public Task<ListItem> MarkSendingAsync(ListItem claim, CancellationToken cancellationToken) =>
        store.UpdateAsync(RemindersList.Name, claim.Id, new Dictionary<string, object?>
        {
            [RemindersList.Outcome] = nameof(ReminderOutcome.Sending),
            [RemindersList.ClaimedAt] = time.GetUtcNow(),
        }, claim.ETag, cancellationToken);

    public Task RecordAsync(ListItem claim, ReminderOutcome outcome, CancellationToken cancellationToken) =>
        store.UpdateAsync(RemindersList.Name, claim.Id, new Dictionary<string, object?>
        {
            [RemindersList.Outcome] = outcome.ToString(),
            [RemindersList.SentAt] = outcome == ReminderOutcome.Sent ? time.GetUtcNow() : null,
        }, claim.ETag, cancellationToken);

    /// <summary>Takes over a claim a dead run left, or a send to try again; a send a dead run had started becomes Uncertain.</summary>
    private async Task<ListItem?> TakeOverAsync(ListItem existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = existing.Text(RemindersList.Outcome);
        var leaseOver = now - (existing.Instant(RemindersList.ClaimedAt) ?? DateTimeOffset.MinValue) > Lease;
        var attempts = (int)(existing.Number(RemindersList.Attempts) ?? 1);
        var change = outcome switch
        {
            nameof(ReminderOutcome.Sending) when leaseOver => new Dictionary<string, object?> { [RemindersList.Outcome] = nameof(ReminderOutcome.Uncertain) },
            nameof(ReminderOutcome.Claimed) when leaseOver => Claim(now, attempts + 1),
            _ when Retryable.Contains(outcome ?? string.Empty) && attempts < MaxAttempts => Claim(now, attempts + 1),
            _ => null,
        };
        if (change is null)
        {
            return null;
        }

        try
        {
            var updated = await store.UpdateAsync(RemindersList.Name, existing.Id, change, existing.ETag, cancellationToken);
            return updated.Text(RemindersList.Outcome) == nameof(ReminderOutcome.Claimed) ? updated : null;
        }
        catch (ConcurrencyConflictException)
        {
            // Another run took it first.
            return null;
        }
    }

    private static Dictionary<string, object?> Claim(DateTimeOffset now, int attempts) => new()
    {
        [RemindersList.Outcome] = nameof(ReminderOutcome.Claimed),
        [RemindersList.ClaimedAt] = now,
        [RemindersList.Attempts] = attempts,
    };
}
