using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Reminders.Subjects;

/// <summary>A review cycle's due date: the partner's coordinators, at T-30 (with a fresh draft of the review) and T-7.</summary>
public static class ReviewCycleReminders
{
    public static ReminderSubject<ReviewCycle> Subject { get; } = new(
        "review_cycle",
        ReviewCyclesList.Records,
        ReviewCyclesList.Due,
        [30, 7],
        r => r.Title,
        r => r.Due,
        r => r.IsOpen,
        (r, today) => r.IsOverdueOn(today),
        r => Responsible.CoordinatorsOf(r.PartnerId),
        (_, _, _) => new() { [ReviewCyclesList.Status] = RegisterWords.Of(ReviewCycleStatus.Reported) },
        linksReviewDraft: true);
}
