namespace PartnershipTeams.Core.Lists;

/// <summary>One change of a bulk update: the item, the fields to set, and the ETag it must still have ("*" for any).</summary>
public sealed record ItemUpdate(int Id, IReadOnlyDictionary<string, object?> Fields, string IfMatch);
