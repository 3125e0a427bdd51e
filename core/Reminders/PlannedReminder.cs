namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// A reminder to send today. <see cref="Key"/> names it for the ledger: the item, the deadline and the offset
/// (or the ISO week for an overdue item), so each is sent once ever, and a moved deadline gets new ones.
/// </summary>
public sealed record PlannedReminder(string Key, Deadline Deadline, int DaysBefore, bool IsOverdue);
