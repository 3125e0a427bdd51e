namespace PartnershipTeams.Core.Domain;

/// <summary>Swedish and English names of the thematic areas, as the municipality writes them.</summary>
public static class ThematicAreaNames
{
    private static readonly Dictionary<ThematicArea, (string Swedish, string English)> Names = new()
    {
        [ThematicArea.BusinessAndTrade] = ("Främjande av företagsamhet och handel", "Business and trade promotion"),
        [ThematicArea.EnergyEnvironmentUrbanInnovation] = ("Energi och miljöteknologi och urbana innovationer", "Energy, environmental technology and urban innovation"),
        [ThematicArea.ResearchAndHigherEducation] = ("Forskning och utbildning", "Research and higher education"),
        [ThematicArea.Education] = ("Utbildning", "Education"),
        [ThematicArea.HealthAndSocialCare] = ("Vård och omsorg", "Health and social care"),
        [ThematicArea.Culture] = ("Kultur", "Culture"),
        [ThematicArea.Tourism] = ("Turism", "Tourism"),
    };

    public static string Swedish(ThematicArea area) => Names[area].Swedish;

    public static string English(ThematicArea area) => Names[area].English;
}
