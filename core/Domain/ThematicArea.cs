namespace PartnershipTeams.Core.Domain;

/// <summary>The seven thematic areas (tematiska områden) of the cooperation.</summary>
public enum ThematicArea
{
    BusinessAndTrade,
    EnergyEnvironmentUrbanInnovation,
    ResearchAndHigherEducation,
    Education,
    HealthAndSocialCare,
    Culture,
    Tourism,
}
