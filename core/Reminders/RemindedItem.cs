using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// A register item reminders are about, read by its subject on a day: the item as stored (for If-Match), what a
/// reminder shows (title, due date), whether it is still open and overdue, and who is responsible.
/// </summary>
public sealed record RemindedItem(IReminderSubject Subject, ItemKey Key, ListItem Stored, string Title, DateOnly? Due, bool IsOpen, bool IsOverdue, Responsible Responsible);
