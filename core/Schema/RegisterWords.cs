using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Schema;

/// <summary>
/// How choice values are stored in the register: in Swedish, as managers read and filter them in SharePoint
/// ("Enligt plan", not "OnTrack"). These words are the stored data, so they are defined here and not taken from the
/// display texts: changing one means migrating the register. Reading also takes the enum's name, which the first
/// version stored, so an older register reads the same.
/// </summary>
public static class RegisterWords
{
    private static readonly Dictionary<Enum, string> Words = new()
    {
        [GoalStatus.OnTrack] = "Enligt plan",
        [GoalStatus.AtRisk] = "I riskzonen",
        [GoalStatus.OffTrack] = "Avviker",
        [GoalStatus.Achieved] = "Uppnått",
        [ActivityStatus.Planned] = "Planerad",
        [ActivityStatus.Ongoing] = "Pågår",
        [ActivityStatus.Done] = "Klar",
        [ActivityStatus.Cancelled] = "Inställd",
        [ActivityStatus.Overdue] = "Försenad",
        [VisitDirection.Outgoing] = "Utresa till vänorten",
        [VisitDirection.Incoming] = "Besök från vänorten",
        [DemocracyDialogue.Yes] = "Ja",
        [DemocracyDialogue.No] = "Nej",
        [DemocracyDialogue.NotApplicable] = "Ej aktuellt",
        [GenderEquality.Yes] = "Ja",
        [GenderEquality.No] = "Nej",
        [GenderEquality.NotApplicable] = "Ej aktuellt",
        [ReviewCycleKind.AnnualFollowUp] = "Årlig uppföljning",
        [ReviewCycleKind.AgreementReview] = "Översyn inför nytt avtal",
        [ReviewCycleKind.Jubilee] = "Jubileum",
        [ReviewCycleStatus.Planned] = "Planerad",
        [ReviewCycleStatus.InProgress] = "Pågår",
        [ReviewCycleStatus.Reported] = "Redovisad",
        [ThematicArea.BusinessAndTrade] = "Främjande av företagsamhet och handel",
        [ThematicArea.EnergyEnvironmentUrbanInnovation] = "Energi och miljöteknologi och urbana innovationer",
        [ThematicArea.ResearchAndHigherEducation] = "Forskning och utbildning",
        [ThematicArea.Education] = "Utbildning",
        [ThematicArea.HealthAndSocialCare] = "Vård och omsorg",
        [ThematicArea.Culture] = "Kultur",
        [ThematicArea.Tourism] = "Turism",
        [IndicatorKind.Other] = "Annat",
        [IndicatorKind.Count] = "Antal",
        [IndicatorKind.Percent] = "Procent",
        [IndicatorKind.Amount] = "Belopp (kr)",
        [PartnerKind.Friendship] = "vänort",
        [PartnerKind.Cooperation] = "samverkansort",
        [PartnerKind.Sister] = "systerort",
        [VisitChange.Original] = "Ursprunglig version",
        [VisitChange.Correction] = "Rättelse",
        [VisitChange.Withdrawal] = "Återkallelse",
        [ContactKind.SwedishAuthority] = "Svensk myndighet",
        [ContactKind.PartnerCity] = "Partnerstad",
        [ContactKind.University] = "Universitet",
        [ContactKind.Company] = "Företag",
        [ContactKind.OtherOrganisation] = "Annan",
    };

    /// <summary>The stored word of a value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words[value];

    /// <summary>Every stored word of an enum, in its order: the choices of its column.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Of)];

    /// <summary>The value a stored word (or, from the first version, the enum's name) stands for.</summary>
    public static bool TryRead<TEnum>(string? stored, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), stored, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        return ChoiceValue.TryParse(stored, out value);
    }
}
