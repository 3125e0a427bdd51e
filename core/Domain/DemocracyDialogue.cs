namespace PartnershipTeams.Core.Domain;

/// <summary>
/// Whether the municipality's democratic processes and human-rights work were presented,
/// as the policy on meetings with Chinese partners asks.
/// </summary>
public enum DemocracyDialogue
{
    Yes,
    No,
    NotApplicable,
}
