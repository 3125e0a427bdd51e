using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists;
using PartnershipTeams.Lists.Errors;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>
/// The Reminders list as a ledger: a reminder is sent only by the run whose create of its unique key succeeds,
/// so two runs at once, or a rerun, never send it twice. A claim whose run died (older than the lease), or a
/// failed send, is taken over by one later run through an If-Match, so nothing claimed is lost either.
/// </summary>
public sealed class ReminderLedger(IListStore store, TimeProvider time)
{
    /// <summary>Longer than a run can take to send one reminder; a claim older than this belongs to a dead run.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private static readonly HashSet<string> Retryable = ["Failed", "NotInstalled"];

    /// <summary>The ledger item this run now owns for the reminder, or null when another run has it or it was sent.</summary>
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
                [RemindersList.Outcome] = "Claimed",
                [RemindersList.ClaimedAt] = now,
                [RemindersList.Attempts] = 1,
            }, cancellationToken);
        }
        catch (DuplicateItemException)
        {
            var existing = (await store.QueryAsync(RemindersList.Name, ListQuery.WhereEquals(RemindersList.Key, key), cancellationToken))[0];
            var outcome = existing.Text(RemindersList.Outcome);
            var abandoned = outcome == "Claimed" && now - (existing.Instant(RemindersList.ClaimedAt) ?? DateTimeOffset.MinValue) > Lease;
            return abandoned || Retryable.Contains(outcome ?? string.Empty) ? await TakeOverAsync(existing, now, cancellationToken) : null;
        }
    }

    public Task RecordAsync(ListItem claim, string outcome, CancellationToken cancellationToken) =>
        store.UpdateAsync(RemindersList.Name, claim.Id, new Dictionary<string, object?>
        {
            [RemindersList.Outcome] = outcome,
            [RemindersList.SentAt] = outcome == "Sent" ? time.GetUtcNow() : null,
        }, claim.ETag, cancellationToken);

    private async Task<ListItem?> TakeOverAsync(ListItem existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await store.UpdateAsync(RemindersList.Name, existing.Id, new Dictionary<string, object?>
            {
                [RemindersList.Outcome] = "Claimed",
                [RemindersList.ClaimedAt] = now,
                [RemindersList.Attempts] = (existing.Number(RemindersList.Attempts) ?? 1) + 1,
            }, existing.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }
}
