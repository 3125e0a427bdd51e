using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>A goal update as the user filled it in, before validation.</summary>
public sealed record GoalUpdateDraft(int? GoalId, GoalStatus? Status, decimal? Current, string? Comment);
