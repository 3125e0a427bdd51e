namespace PartnershipTeams.Core.Domain;

/// <summary>Where an activity stands.</summary>
public enum ActivityStatus
{
    Planned,
    Ongoing,
    Done,
    Cancelled,
    Overdue,
}
