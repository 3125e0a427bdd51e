using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Schema.Mapping;

/// <summary>Domain records as the field values of their list items (column name to normalisable value).</summary>
public static class ItemFields
{
    public static Dictionary<string, object?> Of(Partner partner) => new()
    {
        [PartnersList.Title] = partner.Title,
        [PartnersList.Country] = partner.Country,
        [PartnersList.Kind] = PartnerKindNames.ToChoice(partner.Kind),
        [PartnersList.AgreementSince] = partner.AgreementSince,
        [PartnersList.NextAgreementDue] = partner.NextAgreementDue,
        [PartnersList.AmbitionLevel] = partner.AmbitionLevel,
        [PartnersList.CoordinatorEmail] = partner.CoordinatorEmail,
    };

    public static Dictionary<string, object?> Of(ActionPlan plan) => new()
    {
        [ActionPlansList.Title] = plan.Title,
        [ActionPlansList.Partner] = plan.PartnerId,
        [ActionPlansList.PeriodStart] = plan.PeriodStart,
        [ActionPlansList.PeriodEnd] = plan.PeriodEnd,
        [ActionPlansList.Owner] = plan.Owner,
    };

    public static Dictionary<string, object?> Of(Activity activity, string? submissionId) => new()
    {
        [ActivitiesList.Title] = activity.Title,
        [ActivitiesList.Partner] = activity.PartnerId,
        [ActivitiesList.ActionPlan] = activity.ActionPlanId,
        [ActivitiesList.Theme] = activity.Theme.ToString(),
        [ActivitiesList.OwnerOrganisation] = activity.OwnerOrganisation,
        [ActivitiesList.ResponsibleEmail] = activity.ResponsibleEmail,
        [ActivitiesList.Start] = activity.Start,
        [ActivitiesList.End] = activity.End,
        [ActivitiesList.Status] = activity.Status.ToString(),
        [ActivitiesList.FollowUpDue] = activity.FollowUpDue,
        [ActivitiesList.CostSek] = activity.CostSek,
        [ActivitiesList.SourceVisit] = activity.SourceVisitId,
        [ActivitiesList.SubmissionId] = submissionId,
    };

    public static Dictionary<string, object?> Of(Goal goal) => new()
    {
        [GoalsList.Title] = goal.Title,
        [GoalsList.ActionPlan] = goal.ActionPlanId,
        [GoalsList.Theme] = goal.Theme.ToString(),
        [GoalsList.OwnerEmail] = goal.OwnerEmail,
        [GoalsList.Indicator] = goal.Indicator,
        [GoalsList.Target] = goal.Target,
        [GoalsList.Current] = goal.Current,
        [GoalsList.Status] = goal.Status.ToString(),
        [GoalsList.NextReviewDue] = goal.NextReviewDue,
        [GoalsList.LastUpdated] = goal.LastUpdated,
    };

    /// <summary>A goal update as its history item; <paramref name="goalTitle"/> names it for people browsing the list.</summary>
    public static Dictionary<string, object?> Of(GoalUpdate update, string goalTitle) => new()
    {
        [GoalUpdatesList.Title] = $"{goalTitle} – {update.ReportedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
        [GoalUpdatesList.Goal] = update.GoalId,
        [GoalUpdatesList.Status] = update.Status.ToString(),
        [GoalUpdatesList.Current] = update.Current,
        [GoalUpdatesList.Comment] = update.Comment,
        [GoalUpdatesList.ReportedByEmail] = update.ReportedByEmail,
        [GoalUpdatesList.ReportedAt] = update.ReportedAt,
        [GoalUpdatesList.SubmissionId] = update.SubmissionId,
    };

    public static Dictionary<string, object?> Of(Visit visit) => new()
    {
        [VisitsList.Title] = visit.Title,
        [VisitsList.Partner] = visit.PartnerId,
        [VisitsList.Direction] = visit.Direction.ToString(),
        [VisitsList.Start] = visit.Start,
        [VisitsList.End] = visit.End,
        [VisitsList.Organisations] = string.Join('\n', visit.Organisations),
        [VisitsList.Participants] = visit.Participants,
        [VisitsList.Purpose] = visit.Purpose,
        [VisitsList.Themes] = visit.Themes.Select(t => t.ToString()).ToArray(),
        [VisitsList.DemocracyDialogue] = visit.DemocracyDialogue.ToString(),
        [VisitsList.DemocracyDialogueNote] = visit.DemocracyDialogueNote,
        [VisitsList.Outcomes] = visit.Outcomes,
        [VisitsList.Costs] = CostLines.Format(visit.Costs),
        [VisitsList.CostSek] = visit.Costs.Count > 0 ? visit.TotalCostSek : null,
        [VisitsList.ReportedByEmail] = visit.ReportedByEmail,
        [VisitsList.ReportedAt] = visit.ReportedAt,
        [VisitsList.SubmissionId] = visit.SubmissionId,
    };

    public static Dictionary<string, object?> Of(ReviewCycle review) => new()
    {
        [ReviewCyclesList.Title] = review.Title,
        [ReviewCyclesList.Partner] = review.PartnerId,
        [ReviewCyclesList.Kind] = review.Kind.ToString(),
        [ReviewCyclesList.Due] = review.Due,
        [ReviewCyclesList.Audience] = review.Audience,
        [ReviewCyclesList.Status] = review.Status.ToString(),
    };
}
