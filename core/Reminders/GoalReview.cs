using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>When a goal is reviewed next: its review interval after the review that was due (or today, when none was).</summary>
public static class GoalReview
{
    public const int DefaultIntervalMonths = 3;

    /// <summary>The next review date, or null when it would pass the last date the register stores.</summary>
    public static DateOnly? NextDue(DateOnly? due, DateOnly today, int intervalMonths = DefaultIntervalMonths)
    {
        var from = due ?? today;
        var months = Math.Clamp(intervalMonths, 1, 120);
        return from < FieldValues.LatestDate.AddMonths(-months) ? from.AddMonths(months) : null;
    }
}
