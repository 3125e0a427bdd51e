namespace PartnershipTeams.Core.Domain;

/// <summary>What a version in a visit's history is.</summary>
public enum VisitChange
{
    /// <summary>The visit as the register held it before its first correction or withdrawal.</summary>
    Original,

    /// <summary>A correction by the reporter.</summary>
    Correction,

    /// <summary>The reporter withdrew the visit.</summary>
    Withdrawal,
}
