using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Reminders.Subjects;

/// <summary>
/// A goal's next review: its owner, at T-14, T-7 and T-1. Done means reviewed: the next review comes the goal's review
/// interval later (<see cref="GoalReview"/>).
/// </summary>
public static class GoalReviewReminders
{
    public static ReminderSubject<Goal> Subject { get; } = new(
        "goal_review",
        GoalsList.Records,
        GoalsList.NextReviewDue,
        [14, 7, 1],
        g => g.Title,
        g => g.NextReviewDue,
        g => g.IsOpen,
        (g, today) => g.IsReviewOverdueOn(today),
        g => Responsible.Person(g.OwnerEmail),
        (g, today, now) => new() { [GoalsList.LastUpdated] = now, [GoalsList.NextReviewDue] = GoalReview.NextDue(g.NextReviewDue, today, g.ReviewInterval) });
}
