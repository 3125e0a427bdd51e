namespace PartnershipTeams.Core.Domain;

/// <summary>Whether a delegation went to the partner or came from it.</summary>
public enum VisitDirection
{
    Outgoing,
    Incoming,
}
