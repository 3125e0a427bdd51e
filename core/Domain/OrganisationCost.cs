namespace PartnershipTeams.Core.Domain;

/// <summary>What one participating organisation paid for its part of a visit, in kronor.</summary>
public sealed record OrganisationCost(string Organisation, decimal CostSek);
