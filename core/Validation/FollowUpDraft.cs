using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// A follow-up action as typed on the visit card, before validation; <paramref name="Slot"/> is the card's follow-up it
/// was typed in (1-based), so a problem is named on that follow-up's fields even when one before it was left empty.
/// </summary>
public sealed record FollowUpDraft(string? Title, string? OwnerEmail, DateOnly? Due, ThematicArea? Theme, string? Organisation = null, int? Slot = null);
