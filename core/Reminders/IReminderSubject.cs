using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// A kind of register item reminders are about, described once: its list and due column, how far ahead it is
/// reminded, how an item reads (open, overdue, responsible — the record's own rules), and what "mark done" and
/// "snooze a week" change. <see cref="ReminderSubjects.All"/> registers every subject.
/// </summary>
public interface IReminderSubject
{
    /// <summary>The subject's name in telemetry and logs (e.g. "follow_up").</summary>
    string Name { get; }

    string List { get; }

    /// <summary>The indexed date column reminders follow.</summary>
    string DueColumn { get; }

    /// <summary>Days before the due date a reminder goes out (each moved to the previous working day).</summary>
    IReadOnlyList<int> Offsets { get; }

    /// <summary>Whether its reminder 30 days ahead links a fresh draft of the partner's review.</summary>
    bool LinksReviewDraft { get; }

    /// <summary>The item as this subject reads it on <paramref name="today"/>; null when it does not read as one (a manager left it unreadable).</summary>
    RemindedItem? Read(ListItem stored, DateOnly today);

    /// <summary>What "mark done" writes on the item.</summary>
    Dictionary<string, object?> Done(RemindedItem item, DateOnly today, DateTimeOffset now);
}
