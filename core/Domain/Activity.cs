namespace PartnershipTeams.Core.Domain;

/// <summary>An arrangement or activity (aktivitet) of an action plan, or a follow-up of a visit.</summary>
public sealed record Activity(
    string Title,
    int PartnerId,
    int? ActionPlanId,
    ThematicArea Theme,
    string OwnerOrganisation,
    string ResponsibleEmail,
    DateOnly? Start,
    DateOnly? End,
    ActivityStatus Status,
    DateOnly? FollowUpDue,
    decimal? CostSek,
    int? SourceVisitId)
{
    /// <summary>Neither done nor cancelled: someone still has to act.</summary>
    public bool IsOpen => Status is not (ActivityStatus.Done or ActivityStatus.Cancelled);

    /// <summary>Cancelled (by a manager, or because the visit it followed up was withdrawn): it never counts as activity.</summary>
    public bool IsCancelled => Status == ActivityStatus.Cancelled;

    /// <summary>Open and late: its follow-up date has passed, or a manager marked it overdue.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && (Status == ActivityStatus.Overdue || (FollowUpDue is { } due && due < today));

    /// <summary>Where it stands on a day: overdue when it is late, else its status.</summary>
    public ActivityStatus ProgressOn(DateOnly today) => IsOverdueOn(today) ? ActivityStatus.Overdue : Status;

    /// <summary>Where it lies relative to a period: by its start and end, else by its follow-up date.</summary>
    public PeriodPlacement PlacementIn(ReviewPeriod period) =>
        period.Place(Start ?? End ?? FollowUpDue, End ?? Start ?? FollowUpDue);

    /// <summary>Part of the period's work: it ran or was due in the period and was not cancelled.</summary>
    public bool IsActivityOf(ReviewPeriod period) => !IsCancelled && PlacementIn(period) == PeriodPlacement.Within;

    /// <summary>Left open from before the period: it belongs to an earlier period and someone still has to act.</summary>
    public bool IsCarriedInto(ReviewPeriod period) => IsOpen && PlacementIn(period) == PeriodPlacement.Before;
}
