using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Schema.Mapping;

/// <summary>Between <see cref="PartnerKind"/> and the Swedish word stored in the Partners list.</summary>
public static class PartnerKindNames
{
    public static string ToChoice(PartnerKind kind) => kind switch
    {
        PartnerKind.Friendship => PartnersList.KindChoices[0],
        PartnerKind.Cooperation => PartnersList.KindChoices[1],
        _ => PartnersList.KindChoices[2],
    };
}
