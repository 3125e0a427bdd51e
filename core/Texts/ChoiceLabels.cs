using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Texts;

/// <summary>How stored choice values read to a person, in Swedish and English.</summary>
public static class ChoiceLabels
{
    private static readonly Dictionary<string, (string Swedish, string English)> Labels = Build();

    /// <summary>The label of a stored choice value, or the value itself when it has none (e.g. "systerort").</summary>
    public static string For(string value, bool english) =>
        Labels.TryGetValue(value, out var label) ? (english ? label.English : label.Swedish) : value;

    public static string For<TEnum>(TEnum value, bool english)
        where TEnum : struct, Enum => For(value.ToString(), english);

    private static Dictionary<string, (string, string)> Build()
    {
        var labels = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [nameof(GoalStatus.OnTrack)] = ("Enligt plan", "On track"),
            [nameof(GoalStatus.AtRisk)] = ("I riskzonen", "At risk"),
            [nameof(GoalStatus.OffTrack)] = ("Avviker", "Off track"),
            [nameof(GoalStatus.Achieved)] = ("Uppnått", "Achieved"),
            [nameof(ActivityStatus.Planned)] = ("Planerad", "Planned"),
            [nameof(ActivityStatus.Ongoing)] = ("Pågår", "Ongoing"),
            [nameof(ActivityStatus.Done)] = ("Klar", "Done"),
            [nameof(ActivityStatus.Cancelled)] = ("Inställd", "Cancelled"),
            [nameof(ActivityStatus.Overdue)] = ("Försenad", "Overdue"),
            [nameof(VisitDirection.Outgoing)] = ("Utresa till vänorten", "Outgoing"),
            [nameof(VisitDirection.Incoming)] = ("Besök från vänorten", "Incoming"),
            [nameof(DemocracyDialogue.Yes)] = ("Ja", "Yes"),
            [nameof(DemocracyDialogue.No)] = ("Nej", "No"),
            [nameof(DemocracyDialogue.NotApplicable)] = ("Ej aktuellt", "Not applicable"),
            [nameof(ReviewCycleKind.AnnualFollowUp)] = ("Årlig uppföljning", "Annual follow-up"),
            [nameof(ReviewCycleKind.AgreementReview)] = ("Översyn inför nytt avtal", "Agreement review"),
            [nameof(ReviewCycleKind.Jubilee)] = ("Jubileum", "Jubilee"),
            [nameof(ReviewCycleStatus.InProgress)] = ("Pågår", "In progress"),
            [nameof(ReviewCycleStatus.Reported)] = ("Redovisad", "Reported"),
        };
        foreach (var area in Enum.GetValues<ThematicArea>())
        {
            labels[area.ToString()] = (ThematicAreaNames.Swedish(area), ThematicAreaNames.English(area));
        }

        return labels;
    }
}
