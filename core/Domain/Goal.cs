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
    DateTimeOffset? LastUpdated,
    IndicatorKind IndicatorKind = IndicatorKind.Other,
    int? ReviewIntervalMonths = null)
{
    /// <summary>Months between reviews: the goal's own, else a quarter.</summary>
    public int ReviewInterval => ReviewIntervalMonths is >= 1 and <= 120 ? ReviewIntervalMonths.Value : Reminders.GoalReview.DefaultIntervalMonths;

    /// <summary>Still followed up: not yet achieved.</summary>
    public bool IsOpen => Status != GoalStatus.Achieved;

    /// <summary>
    /// What the register judges by itself: reached when the latest value meets the target, partly when it has come some
    /// of the way, not reached when nothing is achieved; no target or no value, it cannot judge.
    /// </summary>
    public GoalAttainment Attainment =>
        (Target, Current) switch
        {
            (null, _) or (_, null) or (<= 0, _) => GoalAttainment.Unknown,
            var (target, current) when current >= target => GoalAttainment.Reached,
            (_, > 0) => GoalAttainment.Partly,
            _ => GoalAttainment.NotReached,
        };

    /// <summary>Open with its review date passed.</summary>
    public bool IsReviewOverdueOn(DateOnly today) => IsOpen && NextReviewDue is { } due && due < today;
}
