namespace PartnershipTeams.Core.Domain;

/// <summary>A review (översyn) or follow-up deadline of a partnership, e.g. before a new agreement.</summary>
public sealed record ReviewCycle(string Title, int PartnerId, ReviewCycleKind Kind, DateOnly Due, string Audience, ReviewCycleStatus Status)
{
    /// <summary>Not yet reported to its audience.</summary>
    public bool IsOpen => Status != ReviewCycleStatus.Reported;

    /// <summary>Open with its due date passed.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && Due < today;

    /// <summary>Where its due date lies relative to a period.</summary>
    public PeriodPlacement PlacementIn(ReviewPeriod period) => period.Place(Due, Due);

    /// <summary>Due before the period began and still not reported.</summary>
    public bool IsCarriedInto(ReviewPeriod period) => IsOpen && PlacementIn(period) == PeriodPlacement.Before;
}
