using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>The outcome of one item of a bulk create: the stored item, or why it was not stored.</summary>
public sealed record BatchCreateResult(int Index, ListItem? Item, ListStoreException? Error)
{
    public bool Succeeded => Item is not null;
}
