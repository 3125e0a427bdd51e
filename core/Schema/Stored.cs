namespace PartnershipTeams.Core.Schema;

/// <summary>A domain record as the register holds it: the item's id beside the record read from it.</summary>
public sealed record Stored<T>(int Id, T Value);
