namespace PartnershipTeams.Core.Domain;

/// <summary>An achievement goal (uppnåendemål) of an action plan, followed up regularly.</summary>
public sealed record Goal(
    string Title,
    int ActionPlanId,
    ThematicArea Theme,
    string OwnerEmail,
    string Indicator,
    decimal? Target,
    decimal? Current,
    GoalStatus Status,
    DateOnly? NextReviewDue,
    DateTimeOffset? LastUpdated)
{
    /// <summary>Still followed up: not yet achieved.</summary>
    public bool IsOpen => Status != GoalStatus.Achieved;
}
