using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>An activity's status and follow-up date as sent from the activity card, before validation.</summary>
public sealed record ActivityUpdateDraft(ActivityStatus? Status, DateOnly? Due);
