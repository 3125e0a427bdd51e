namespace PartnershipTeams.Core.Domain;

/// <summary>Progress of an achievement goal (uppnåendemål).</summary>
public enum GoalStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
    Achieved,
}
