using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>Where an activity stands for the review: done, ongoing, planned, overdue (the register's own rule) or cancelled.</summary>
public static class ActivityProgress
{
    public static readonly ActivityStatus[] Order = [ActivityStatus.Done, ActivityStatus.Ongoing, ActivityStatus.Planned, ActivityStatus.Overdue, ActivityStatus.Cancelled];

    public static ActivityStatus Of(Activity activity, DateOnly today) =>
        activity.IsOpen && (activity.Status == ActivityStatus.Overdue || activity.IsOverdueOn(today)) ? ActivityStatus.Overdue : activity.Status;
}
