namespace PartnershipTeams.Core.Domain;

/// <summary>The municipality's categories of partner city; all are vänorter in everyday speech.</summary>
public enum PartnerKind
{
    /// <summary>Vänort: friendship city.</summary>
    Friendship,

    /// <summary>Samverkansort: cooperation city.</summary>
    Cooperation,

    /// <summary>Systerort: sister city.</summary>
    Sister,
}
