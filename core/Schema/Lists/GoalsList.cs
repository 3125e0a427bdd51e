using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The Goals list: achievement goals (uppnåendemål) and where they stand now, and how a <see cref="Goal"/> is stored in it.</summary>
public static class GoalsList
{
    public const string Name = "Goals";
    public const string Title = "Title";
    public const string ActionPlan = "ActionPlan";
    public const string Theme = "Theme";
    public const string OwnerEmail = "OwnerEmail";
    public const string Indicator = "Indicator";
    public const string Target = "Target";
    public const string Current = "Current";
    public const string Status = "Status";
    public const string NextReviewDue = "NextReviewDue";
    public const string LastUpdated = "LastUpdated";
    public const string IndicatorKind = "IndicatorKind";
    public const string ReviewIntervalMonths = "ReviewIntervalMonths";

    public static ListSchema Schema { get; } = new(Name, "Uppnåendemål", "Achievement goals",
    [
        Columns.Title("Uppnåendemål", "Goal"),
        Columns.Lookup(ActionPlan, ActionPlansList.Name, "Handlingsplan", "Action plan") with { Required = true },
        Columns.Choice<ThematicArea>(Theme, "Tematiskt område", "Thematic area") with { Required = true },
        Columns.Text(OwnerEmail, "Målägare (e-post)", "Owner email") with { Indexed = true },
        Columns.Note(Indicator, "Indikator", "Indicator", 1000),
        Columns.Number(Target, "Målvärde", "Target"),
        Columns.Number(Current, "Nuvarande värde", "Current"),
        Columns.Choice<GoalStatus>(Status, "Status", "Status") with { Required = true, Indexed = true },
        Columns.Date(NextReviewDue, "Nästa uppföljning", "Next review due") with { Indexed = true },
        Columns.Instant(LastUpdated, "Senast uppdaterad", "Last updated"),
        Columns.Choice<Domain.IndicatorKind>(IndicatorKind, "Typ av indikator", "Indicator kind"),
        Columns.Number(ReviewIntervalMonths, "Uppföljning var (månader)", "Review every (months)"),
    ]) { YearColumn = NextReviewDue };

    public static ListRecords<Goal> Records { get; } = new(Name, Read);

    public static Dictionary<string, object?> Fields(Goal goal) => new()
    {
        [Title] = goal.Title,
        [ActionPlan] = goal.ActionPlanId,
        [Theme] = RegisterWords.Of(goal.Theme),
        [OwnerEmail] = goal.OwnerEmail,
        [Indicator] = goal.Indicator,
        [Target] = goal.Target,
        [Current] = goal.Current,
        [Status] = RegisterWords.Of(goal.Status),
        [NextReviewDue] = goal.NextReviewDue,
        [LastUpdated] = goal.LastUpdated,
        [IndicatorKind] = RegisterWords.Of(goal.IndicatorKind),
        [ReviewIntervalMonths] = goal.ReviewIntervalMonths,
    };

    public static Goal? Read(ListItem item) =>
        item.LookupId(ActionPlan) is { } plan && item.Choice<ThematicArea>(Theme) is { } theme && item.Choice<GoalStatus>(Status) is { } status
            ? new Goal(
                item.Text(Title) ?? string.Empty,
                plan,
                theme,
                item.Text(OwnerEmail) ?? string.Empty,
                item.Text(Indicator) ?? string.Empty,
                item.Amount(Target),
                item.Amount(Current),
                status,
                item.Date(NextReviewDue),
                item.Instant(LastUpdated),
                item.Choice<Domain.IndicatorKind>(IndicatorKind) ?? Domain.IndicatorKind.Other,
                item.Number(ReviewIntervalMonths) is { } months && months is >= 1 and <= 120 ? (int)months : null)
            : null;
}
