using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>Where an activity stands for the review: done, ongoing, planned, overdue (the register's own rule) or cancelled.</summary>
public static class ActivityProgress
{
    public static readonly ActivityStatus[] Order = [ActivityStatus.Done, ActivityStatus.Ongoing, ActivityStatus.Planned, ActivityStatus.Overdue, ActivityStatus.Cancelled];

    public static ActivityStatus Of(ListItem activity, DateOnly today)
    {
        var status = activity.Text(ActivitiesList.Status);
        if (status == nameof(ActivityStatus.Overdue) || activity.Flag(ActivitiesList.IsOverdue) == true
            || ReconciliationRules.IsOverdue(activity.Date(ActivitiesList.FollowUpDue), status, today))
        {
            return status is nameof(ActivityStatus.Done) or nameof(ActivityStatus.Cancelled) ? Enum.Parse<ActivityStatus>(status) : ActivityStatus.Overdue;
        }

        return Enum.TryParse<ActivityStatus>(status, out var parsed) ? parsed : ActivityStatus.Planned;
    }
}
