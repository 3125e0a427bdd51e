namespace PartnershipTeams.Core.Reminders;

/// <summary>What a deadline is, which decides who is reminded and how far ahead.</summary>
public enum DeadlineKind
{
    /// <summary>An activity's or a visit follow-up's FollowUpDue: the responsible person.</summary>
    FollowUp,

    /// <summary>A goal's NextReviewDue: the goal owner.</summary>
    GoalReview,

    /// <summary>A review cycle's Due: the partner's coordinators.</summary>
    ReviewCycle,
}
