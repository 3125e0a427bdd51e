using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>The outcome of one change of a bulk update: the item as written, or why it was not.</summary>
public sealed record BatchUpdateResult(int Index, ListItem? Item, ListStoreException? Error)
{
    public bool Succeeded => Item is not null;
}
