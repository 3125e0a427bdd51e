namespace PartnershipTeams.Core.Domain;

/// <summary>A review (översyn) or follow-up deadline of a partnership, e.g. before a new agreement.</summary>
/// <paramref name="Assessment"/> is the international function's assessment of the cooperation (följa upp och värdera), written
/// in the register; none until it is written.
public sealed record ReviewCycle(string Title, int PartnerId, ReviewCycleKind Kind, DateOnly Due, string Audience, ReviewCycleStatus Status, string? Assessment = null)
{
    /// <summary>Not yet reported to its audience.</summary>
    public bool IsOpen => Status != ReviewCycleStatus.Reported;

    /// <summary>Open with its due date passed.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && Due < today;

    /// <summary>Where its due date lies relative to a period.</summary>
    public PeriodPlacement PlacementIn(ReviewPeriod period) => period.Place(Due, Due);

    /// <summary>Someone has written its assessment.</summary>
    public bool HasAssessment => !string.IsNullOrWhiteSpace(Assessment);

    /// <summary>
    /// The assessment of a period: of the review cycles due in it that have one, the one due last (the newest word on the
    /// period); none when nobody has written one.
    /// </summary>
    public static ReviewCycle? AssessingPeriod(IEnumerable<ReviewCycle> cycles, ReviewPeriod period) =>
        cycles.Where(c => c.HasAssessment && c.PlacementIn(period) == PeriodPlacement.Within).MaxBy(c => c.Due);

    /// <summary>Due before the period began and still not reported.</summary>
    public bool IsCarriedInto(ReviewPeriod period) => IsOpen && PlacementIn(period) == PeriodPlacement.Before;
}
