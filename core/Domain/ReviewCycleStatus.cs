namespace PartnershipTeams.Core.Domain;

/// <summary>Where a review cycle stands.</summary>
public enum ReviewCycleStatus
{
    Planned,
    InProgress,
    Reported,
}
