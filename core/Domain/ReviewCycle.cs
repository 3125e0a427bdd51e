namespace PartnershipTeams.Core.Domain;

/// <summary>A review (översyn) or follow-up deadline of a partnership, e.g. before a new agreement.</summary>
public sealed record ReviewCycle(string Title, int PartnerId, ReviewCycleKind Kind, DateOnly Due, string Audience, ReviewCycleStatus Status);
