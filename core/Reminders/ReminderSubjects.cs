using PartnershipTeams.Core.Reminders.Subjects;

namespace PartnershipTeams.Core.Reminders;

/// <summary>Every kind of item reminders are about. A new kind: its description in <c>Subjects/</c> and one line here.</summary>
public static class ReminderSubjects
{
    public static IReadOnlyList<IReminderSubject> All { get; } =
    [
        FollowUpReminders.Subject,
        GoalReviewReminders.Subject,
        ReviewCycleReminders.Subject,
    ];

    /// <summary>The subject of the list an item key names, or null when reminders are not about that list.</summary>
    public static IReminderSubject? Of(string list) => All.FirstOrDefault(s => string.Equals(s.List, list, StringComparison.Ordinal));
}
