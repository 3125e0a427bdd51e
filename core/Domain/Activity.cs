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

    /// <summary>Open with its follow-up date passed.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && FollowUpDue is { } due && due < today;
}
