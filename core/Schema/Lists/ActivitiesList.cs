using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The Activities list: arrangements of the action plans and follow-ups of visits, and how an <see cref="Activity"/> is stored in it.</summary>
public static class ActivitiesList
{
    public const string Name = "Activities";
    public const string Title = "Title";
    public const string Partner = "Partner";
    public const string ActionPlan = "ActionPlan";
    public const string Theme = "Theme";
    public const string OwnerOrganisation = "OwnerOrganisation";
    public const string ResponsibleEmail = "ResponsibleEmail";
    public const string Start = "Start";
    public const string End = "End";
    public const string Status = "Status";
    public const string FollowUpDue = "FollowUpDue";
    public const string CostSek = "CostSek";
    public const string SourceVisit = "SourceVisit";
    public const string IsOverdue = "IsOverdue";
    public const string SubmissionId = "SubmissionId";

    public static ListSchema Schema { get; } = new(Name, "Aktiviteter", "Activities",
    [
        Columns.Title("Aktivitet", "Activity"),
        Columns.Lookup(Partner, PartnersList.Name, "Vänort", "Partner city") with { Required = true },
        Columns.Lookup(ActionPlan, ActionPlansList.Name, "Handlingsplan", "Action plan"),
        Columns.Choice<ThematicArea>(Theme, "Tematiskt område", "Thematic area") with { Required = true, Indexed = true },
        Columns.Text(OwnerOrganisation, "Ansvarig organisation", "Owner organisation"),
        Columns.Text(ResponsibleEmail, "Ansvarig (e-post)", "Responsible email") with { Indexed = true },
        Columns.Date(Start, "Start", "Start"),
        Columns.Date(End, "Slut", "End"),
        Columns.Choice<ActivityStatus>(Status, "Status", "Status") with { Required = true, Indexed = true },
        Columns.Date(FollowUpDue, "Uppföljning senast", "Follow-up due") with { Indexed = true },
        Columns.Kronor(CostSek, "Kostnad (kr)", "Cost (SEK)"),
        Columns.Lookup(SourceVisit, VisitsList.Name, "Från besök", "Source visit"),
        Columns.Flag(IsOverdue, "Försenad", "Overdue") with { Indexed = true },
        Columns.SubmissionId(),
    ]) { YearColumn = Start };

    public static ListRecords<Activity> Records { get; } = new(Name, Read);

    /// <param name="activity">The activity.</param>
    /// <param name="submissionId">The unique key of an activity made from a report (a visit's follow-up), else null.</param>
    public static Dictionary<string, object?> Fields(Activity activity, string? submissionId) => new()
    {
        [Title] = activity.Title,
        [Partner] = activity.PartnerId,
        [ActionPlan] = activity.ActionPlanId,
        [Theme] = RegisterWords.Of(activity.Theme),
        [OwnerOrganisation] = activity.OwnerOrganisation,
        [ResponsibleEmail] = activity.ResponsibleEmail,
        [Start] = activity.Start,
        [End] = activity.End,
        [Status] = RegisterWords.Of(activity.Status),
        [FollowUpDue] = activity.FollowUpDue,
        [CostSek] = activity.CostSek,
        [SourceVisit] = activity.SourceVisitId,
        [SubmissionId] = submissionId,
    };

    public static Activity? Read(ListItem item) =>
        item.LookupId(Partner) is { } partner && item.Choice<ThematicArea>(Theme) is { } theme && item.Choice<ActivityStatus>(Status) is { } status
            ? new Activity(
                item.Text(Title) ?? string.Empty,
                partner,
                item.LookupId(ActionPlan),
                theme,
                item.Text(OwnerOrganisation) ?? string.Empty,
                item.Text(ResponsibleEmail) ?? string.Empty,
                item.Date(Start),
                item.Date(End),
                status,
                item.Date(FollowUpDue),
                item.Amount(CostSek),
                item.LookupId(SourceVisit))
            : null;
}
