using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The Reminders ledger: one item per reminder ever sent; the unique key makes it once only.</summary>
public static class RemindersList
{
    public const string Name = "Reminders";
    public const string Title = "Title";
    public const string Key = "Key";
    public const string SentAt = "SentAt";
    public const string Recipient = "Recipient";
    public const string Outcome = "Outcome";
    public const string ClaimedAt = "ClaimedAt";
    public const string Attempts = "Attempts";

    public static ListSchema Schema { get; } = new(Name, "Påminnelser", "Reminders",
    [
        Columns.Title("Påminnelse", "Reminder"),
        Columns.Text(Key, "Nyckel", "Key") with { Required = true, Unique = true, Indexed = true },
        Columns.Instant(SentAt, "Skickad", "Sent at"),
        Columns.Text(Recipient, "Mottagare", "Recipient") with { Indexed = true },
        Columns.Choice<ReminderOutcome>(Outcome, "Utfall", "Outcome") with { Required = true, Indexed = true },
        Columns.Instant(ClaimedAt, "Påbörjad", "Claimed at"),
        Columns.Number(Attempts, "Försök", "Attempts"),
    ]);
}
