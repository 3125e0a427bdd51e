namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// A date something must be done by, and for whom: one open item of the register. ItemKey names the list and
/// item (e.g. "Activities/12") and stays the same when the item is edited.
/// </summary>
public sealed record Deadline(string ItemKey, DeadlineKind Kind, string Title, DateOnly Due, string Recipient);
