using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// A date something must be done by, and for whom: one open item of the register as its subject read it on a day.
/// <see cref="Item"/> names the list and item (e.g. "Activities/12") and stays the same when the item is edited;
/// <see cref="IsOverdue"/> is the item's own rule on that day.
/// </summary>
public sealed record Deadline(ItemKey Item, IReminderSubject Subject, string Title, DateOnly Due, string Recipient, bool IsOverdue);
