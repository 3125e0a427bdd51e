using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// When a goal is reviewed next: its review interval after the review that was due, stepped on until it lies after
/// today (a late review does not leave the goal overdue), or an interval after today when none was due.
/// </summary>
public static class GoalReview
{
    public const int DefaultIntervalMonths = 3;

    /// <summary>The next review date, or null when it would pass the last date the register stores.</summary>
    public static DateOnly? NextDue(DateOnly? due, DateOnly today, int intervalMonths = DefaultIntervalMonths)
    {
        var months = Math.Clamp(intervalMonths, 1, 120);
        var last = FieldValues.LatestDate.AddMonths(-months);
        var next = due ?? today;
        do
        {
            if (next > last)
            {
                return null;
            }

            next = next.AddMonths(months);
        }
        while (next <= today);

        return next;
    }
}
