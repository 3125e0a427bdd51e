using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Reminders.Subjects;

/// <summary>An activity's follow-up date (a visit's follow-up, or an action plan's activity): its responsible person, at T-14, T-7 and T-1.</summary>
public static class FollowUpReminders
{
    public static ReminderSubject<Activity> Subject { get; } = new(
        "follow_up",
        ActivitiesList.Records,
        ActivitiesList.FollowUpDue,
        [14, 7, 1],
        a => a.Title,
        a => a.FollowUpDue,
        a => a.IsOpen,
        (a, today) => a.IsOverdueOn(today),
        a => Responsible.Person(a.ResponsibleEmail),
        (_, _, _) => new() { [ActivitiesList.Status] = RegisterWords.Of(ActivityStatus.Done) });
}
