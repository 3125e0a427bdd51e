using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// When a goal is reviewed next. A report made in the interval before the review date is that review: the date moves an
/// interval on, stepped until it lies after today (a late review does not leave the goal overdue). A report made
/// earlier still (a second report, or one made right after the last review) moves nothing, so reporting often never
/// pushes the review away. With no date yet, an interval after today.
/// </summary>
public static class GoalReview
{
    public const int DefaultIntervalMonths = 3;

    /// <summary>The next review date, or null when it would pass the last date the register stores.</summary>
    public static DateOnly? NextDue(DateOnly? due, DateOnly today, int intervalMonths = DefaultIntervalMonths)
    {
        var months = Math.Clamp(intervalMonths, 1, 120);
        if (due is { } upcoming && today < upcoming.AddMonths(-months))
        {
            return upcoming;
        }

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
