using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// A date something must be done by, and for whom: one open item of the register. <see cref="Item"/> names the
/// list and item (e.g. "Activities/12") and stays the same when the item is edited.
/// </summary>
public sealed record Deadline(ItemKey Item, DeadlineKind Kind, string Title, DateOnly Due, string Recipient);
