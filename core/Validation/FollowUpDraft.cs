using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>A follow-up action as typed on the visit card, before validation.</summary>
public sealed record FollowUpDraft(string? Title, string? OwnerEmail, DateOnly? Due, ThematicArea? Theme, string? Organisation = null);
