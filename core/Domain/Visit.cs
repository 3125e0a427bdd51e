namespace PartnershipTeams.Core.Domain;

/// <summary>A visit or delegation trip (besök, delegationsresa) as reported by staff.</summary>
public sealed record Visit(
    string Title,
    int PartnerId,
    VisitDirection Direction,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<string> Organisations,
    string Participants,
    string Purpose,
    IReadOnlyList<ThematicArea> Themes,
    DemocracyDialogue DemocracyDialogue,
    string? DemocracyDialogueNote,
    string? Outcomes,
    IReadOnlyList<OrganisationCost> Costs,
    IReadOnlyList<FollowUpAction> FollowUps,
    string ReportedByEmail,
    DateTimeOffset ReportedAt,
    string SubmissionId,
    GenderEquality? GenderEquality = null,
    string? GenderEqualityNote = null,
    DelegationComposition? Composition = null)
{
    /// <summary>All organisations' costs together.</summary>
    public decimal TotalCostSek => Costs.Sum(c => c.CostSek);

    /// <summary>Reported before the visit report asked about gender equality: no answer here is not a no.</summary>
    public bool WasReportedBeforeGenderEqualityWasAsked =>
        Time.BusinessTimeZone.DateOf(ReportedAt) < GenderEqualityQuestion.AskedSince;
}
