using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>
/// The changes since a token. With <see cref="IsFullResync"/> the set holds every current item and the
/// caller must treat items it knows but that are missing here as deleted.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<ItemChange> Changes, string NextToken, bool IsFullResync);

/// <summary>One changed item: its current state, or null when it was deleted.</summary>
public sealed record ItemChange(int Id, ListItem? Item)
{
    public bool IsDeleted => Item is null;
}
