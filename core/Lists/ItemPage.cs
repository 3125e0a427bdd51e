using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>One page of a read through every item in id order, and where the next page starts (null: that was the last).</summary>
public sealed record ItemPage(IReadOnlyList<ListItem> Items, string? Continuation);
