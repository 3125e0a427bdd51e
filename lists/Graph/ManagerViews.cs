using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// The views worth opening on the register's lists, created at provisioning. Every column a view filters, orders or groups
/// by is indexed, so the views keep working past the 5,000-item list view threshold.
/// </summary>
public static class ManagerViews
{
    public static IReadOnlyList<ManagerView> All { get; } =
    [
        new(ActivitiesList.Name, "Försenade uppföljningar",
            ["LinkTitle", ActivitiesList.Partner, ActivitiesList.ResponsibleEmail, ActivitiesList.FollowUpDue, ActivitiesList.Status],
            $"""<Where><Eq><FieldRef Name="{ActivitiesList.IsOverdue}" /><Value Type="Boolean">1</Value></Eq></Where><OrderBy><FieldRef Name="{ActivitiesList.FollowUpDue}" Ascending="TRUE" /></OrderBy>"""),
        new(ActivitiesList.Name, "Per tematiskt område",
            ["LinkTitle", ActivitiesList.Theme, ActivitiesList.Partner, ActivitiesList.Status, ActivitiesList.FollowUpDue],
            $"""<GroupBy Collapse="TRUE" GroupLimit="30"><FieldRef Name="{ActivitiesList.Theme}" /></GroupBy><OrderBy><FieldRef Name="{ActivitiesList.FollowUpDue}" Ascending="TRUE" /></OrderBy>"""),
        new(VisitsList.Name, "Kommande besök",
            ["LinkTitle", VisitsList.Partner, VisitsList.Direction, VisitsList.Start, VisitsList.End, VisitsList.ReportedByEmail],
            $"""<Where><Geq><FieldRef Name="{VisitsList.Start}" /><Value Type="DateTime"><Today /></Value></Geq></Where><OrderBy><FieldRef Name="{VisitsList.Start}" Ascending="TRUE" /></OrderBy>"""),
        new(GoalsList.Name, "Mål per status",
            ["LinkTitle", GoalsList.ActionPlan, GoalsList.Status, GoalsList.Current, GoalsList.Target, GoalsList.NextReviewDue, GoalsList.OwnerEmail],
            $"""<GroupBy Collapse="FALSE"><FieldRef Name="{GoalsList.Status}" /></GroupBy><OrderBy><FieldRef Name="{GoalsList.NextReviewDue}" Ascending="TRUE" /></OrderBy>"""),
    ];

    public static IEnumerable<ManagerView> Of(string list) => All.Where(v => string.Equals(v.List, list, StringComparison.OrdinalIgnoreCase));
}
