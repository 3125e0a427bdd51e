using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Core.Tests.Reminders;

public sealed class GoalReviewTests
{
    [Theory]
    [InlineData("2026-12-01", "2026-11-24", 3, "2027-03-01")] // reported early: the interval after the review that was due
    [InlineData("2026-11-10", "2026-11-24", 6, "2027-05-10")] // reported late: the due date keeps its rhythm
    [InlineData("2025-01-15", "2026-11-24", 3, "2027-01-15")] // reviews missed for a long time: stepped past today, not overdue at once
    [InlineData(null, "2026-11-24", 12, "2027-11-24")]        // never scheduled: an interval from today
    [InlineData("2027-03-01", "2026-11-25", 3, "2027-03-01")] // a second report a day after the one that moved it: moves nothing
    [InlineData("2026-12-24", "2026-11-24", 1, "2027-01-24")] // monthly, reported within the month before: the next month
    public void NextDue_StepsTheGoalsIntervalFromTheDueReviewUntilAfterToday(string? due, string today, int months, string expected)
    {
        var next = GoalReview.NextDue(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), months);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
