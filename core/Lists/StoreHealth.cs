namespace PartnershipTeams.Core.Lists;

/// <summary>Which store is in use, whether it answers, and where it is.</summary>
public sealed record StoreHealth(StoreKind Kind, bool Reachable, string Location, string? Problem = null);
