using PartnershipTeams.Application.Retention;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Application.Reminders;

/// <summary>
/// The once-only ledger of reminders and digests (state table Reminders): a message is sent only by the run whose
/// add of its key succeeds, so two runs at once, or a rerun, never send it twice. The run marks it
/// <see cref="ReminderOutcome.Sending"/> before it posts: a run that dies before that is taken over by a later one
/// (nothing is lost); one that dies after it leaves it <see cref="ReminderOutcome.Uncertain"/> (never sent twice). A
/// failed send, or a recipient who has not installed the app where it cannot be installed for them, is tried again by
/// later runs, at most <see cref="MaxAttempts"/> times; one the app may not be installed for (no permission, no such user,
/// the app not in the catalog) is not tried again. Both show in the weekly digest (<see cref="UnreachableAsync"/>).
/// </summary>
public sealed class ReminderLedger(IOperationalStore store, TimeProvider time)
{
    /// <summary>Longer than a run can take to send one reminder; a claim older than this belongs to a dead run.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public const int MaxAttempts = 5;

    /// <summary>The shortest retention that can never let a reminder be sent twice (a key is planned for at most 30 days, plus a margin).</summary>
    public static readonly TimeSpan RetentionFloor = TimeSpan.FromDays(45);

    private const string Title = "Title";
    private const string Recipient = "Recipient";
    private const string Outcome = "Outcome";
    private const string ClaimedAt = "ClaimedAt";
    private const string SentAt = "SentAt";
    private const string Attempts = "Attempts";

    private static readonly HashSet<string> Retryable = [nameof(ReminderOutcome.Failed), nameof(ReminderOutcome.NotInstalled)];

    private static readonly string[] Unreachable =
    [
        nameof(ReminderOutcome.NoPermission), nameof(ReminderOutcome.UserNotFound), nameof(ReminderOutcome.AppNotInCatalog),
        nameof(ReminderOutcome.Undeliverable), nameof(ReminderOutcome.NotInstalled), nameof(ReminderOutcome.Failed),
    ];

    /// <summary>The ledger entry this run now owns for the reminder, or null when another run has it or it was handled.</summary>
    public Task<LedgerEntry?> ClaimAsync(PlannedReminder reminder, CancellationToken cancellationToken) =>
        ClaimAsync(reminder.Key, reminder.Deadline.Title, reminder.Deadline.Recipient, cancellationToken);

    /// <summary>The ledger entry this run now owns for any once-only message (a reminder, a weekly digest).</summary>
    public async Task<LedgerEntry?> ClaimAsync(string key, string title, string recipient, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var added = await store.TryAddAsync(StateTable.Reminders, key, new Dictionary<string, string?>
        {
            [Title] = title,
            [Recipient] = recipient,
            [Outcome] = nameof(ReminderOutcome.Claimed),
            [ClaimedAt] = StateValues.Instant(now),
            [Attempts] = StateValues.Number(1),
        }, cancellationToken);
        if (added is not null)
        {
            return Of(added);
        }

        return await store.GetAsync(StateTable.Reminders, key, cancellationToken) is { } existing ? await TakeOverAsync(existing, now, cancellationToken) : null;
    }

    /// <summary>Says the send is starting, before the post; the returned entry is what <see cref="RecordAsync"/> updates.</summary>
    public async Task<LedgerEntry> MarkSendingAsync(LedgerEntry claim, CancellationToken cancellationToken) =>
        Of(await store.UpdateAsync(StateTable.Reminders, claim.Key, new Dictionary<string, string?>
        {
            [Outcome] = nameof(ReminderOutcome.Sending),
            [ClaimedAt] = StateValues.Instant(time.GetUtcNow()),
        }, claim.ETag, cancellationToken));

    public Task RecordAsync(LedgerEntry claim, ReminderOutcome outcome, CancellationToken cancellationToken) =>
        store.UpdateAsync(StateTable.Reminders, claim.Key, new Dictionary<string, string?>
        {
            [Outcome] = outcome.ToString(),
            [SentAt] = outcome == ReminderOutcome.Sent ? StateValues.Instant(time.GetUtcNow()) : null,
        }, claim.ETag, cancellationToken);

    /// <summary>
    /// Reminders that could not be delivered and will not be tried again (no permission to install the app, no such
    /// user, the app not in the catalog, Teams refused the chat, or out of attempts), claimed since <paramref name="since"/>.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> UnreachableAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var found = new List<LedgerEntry>();
        foreach (var outcome in Unreachable)
        {
            found.AddRange((await store.QueryAsync(StateTable.Reminders, Outcome, outcome, cancellationToken)).Select(Of)
                .Where(e => e.ClaimedAt >= since && !e.Key.StartsWith("digest|", StringComparison.Ordinal))
                .Where(e => !Retryable.Contains(outcome) || e.Attempts >= MaxAttempts));
        }

        return [.. found.OrderBy(e => e.ClaimedAt)];
    }

    /// <summary>Messages a dead run may or may not have delivered, for the digest.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> UncertainAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync(StateTable.Reminders, Outcome, nameof(ReminderOutcome.Uncertain), cancellationToken)).Select(Of)];

    /// <summary>
    /// Removes the entries last claimed or sent before <paramref name="cutoff"/> (their keys and recipients are emails).
    /// Safe once the cutoff is further back than any key is planned: a deadline's reminder keys are planned until its
    /// due day at most 30 days after its first, an overdue key for one week (<see cref="RetentionFloor"/>).
    /// </summary>
    public async Task<int> ForgetBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var expired = new List<StateEntry>();
        foreach (var outcome in Enum.GetNames<ReminderOutcome>())
        {
            expired.AddRange((await store.QueryAsync(StateTable.Reminders, Outcome, outcome, cancellationToken))
                .Where(e => Of(e) is { } entry && Latest(entry.ClaimedAt, entry.SentAt) < cutoff));
        }

        return await StateRetention.DeleteAsync(store, StateTable.Reminders, expired, cancellationToken);
    }

    private static DateTimeOffset Latest(DateTimeOffset? claimed, DateTimeOffset? sent) =>
        (claimed ?? DateTimeOffset.MinValue) > (sent ?? DateTimeOffset.MinValue) ? claimed!.Value : sent ?? DateTimeOffset.MinValue;

    /// <summary>Takes over a claim a dead run left, or a send to try again; a send a dead run had started becomes Uncertain.</summary>
    private async Task<LedgerEntry?> TakeOverAsync(StateEntry existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = Of(existing);
        var leaseOver = now - (entry.ClaimedAt ?? DateTimeOffset.MinValue) > Lease;
        var change = entry.Outcome switch
        {
            nameof(ReminderOutcome.Sending) when leaseOver => new Dictionary<string, string?> { [Outcome] = nameof(ReminderOutcome.Uncertain) },
            nameof(ReminderOutcome.Claimed) when leaseOver => Claim(now, entry.Attempts + 1),
            var outcome when Retryable.Contains(outcome ?? string.Empty) && entry.Attempts < MaxAttempts => Claim(now, entry.Attempts + 1),
            _ => null,
        };
        if (change is null)
        {
            return null;
        }

        try
        {
            var updated = Of(await store.UpdateAsync(StateTable.Reminders, existing, change, cancellationToken));
            return updated.Outcome == nameof(ReminderOutcome.Claimed) ? updated : null;
        }
        catch (ConcurrencyConflictException)
        {
            // Another run took it first.
            return null;
        }
    }

    private static Dictionary<string, string?> Claim(DateTimeOffset now, int attempts) => new()
    {
        [Outcome] = nameof(ReminderOutcome.Claimed),
        [ClaimedAt] = StateValues.Instant(now),
        [Attempts] = StateValues.Number(attempts),
    };

    private static LedgerEntry Of(StateEntry entry) => new(
        entry.Key,
        entry.ETag,
        entry[Title] ?? entry.Key,
        entry[Recipient] ?? string.Empty,
        entry[Outcome],
        StateValues.Instant(entry[ClaimedAt]),
        StateValues.Instant(entry[SentAt]),
        StateValues.Number(entry[Attempts]));
}

/// <summary>One message of the ledger: its key, concurrency tag, what and to whom, and where it stands.</summary>
public sealed record LedgerEntry(string Key, string ETag, string Title, string Recipient, string? Outcome, DateTimeOffset? ClaimedAt, DateTimeOffset? SentAt, int Attempts);
