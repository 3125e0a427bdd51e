using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Application.Digest;

/// <summary>
/// The coordinators' digest on a day: follow-ups due soon and overdue, visits reported this week, and what needs a
/// person: reminders that may not have arrived or could not be delivered, submissions that did not reach the register.
/// </summary>
public sealed record DigestContent(
    IReadOnlyList<DigestRow> DueSoon,
    IReadOnlyList<DigestRow> Overdue,
    IReadOnlyList<DigestRow> Visits,
    IReadOnlyList<DigestRow> UncertainReminders,
    IReadOnlyList<DigestRow> StuckSubmissions,
    IReadOnlyList<DigestRow> UnreachableReminders);

/// <summary>One line of the digest: what, when, who — and for a reminder that could not be delivered, why.</summary>
public sealed record DigestRow(string Title, DateOnly? Date, string Who, ReminderOutcome? Why = null);
