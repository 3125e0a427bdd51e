using System.Globalization;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static Deadline FollowUp(string due) => new(new ItemKey("Activities", 12), DeadlineKind.FollowUp, "Skicka avsiktsförklaring", D(due), "anna@linkoping.example");

    /// <summary>Runs the planner every day of a period, as the daily timer would, keeping a ledger of keys sent.</summary>
    private static List<(DateOnly Day, PlannedReminder Reminder)> RunDaily(IEnumerable<Deadline> deadlines, DateOnly from, DateOnly to)
    {
        var ledger = new HashSet<string>();
        var sent = new List<(DateOnly, PlannedReminder)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            foreach (var reminder in ReminderPlanner.Plan(deadlines, day).Where(r => ledger.Add(r.Key)))
            {
                sent.Add((day, reminder));
            }
        }

        return sent;
    }

    [Fact]
    public void FollowUpDueOnAWednesday_IsRemindedAtT14T7AndT1()
    {
        var sent = RunDaily([FollowUp("2026-12-02")], D("2026-11-01"), D("2026-12-02"));

        Assert.Equal([(D("2026-11-18"), 14), (D("2026-11-25"), 7), (D("2026-12-01"), 1)], sent.Select(s => (s.Day, s.Reminder.DaysBefore)));
    }

    [Fact]
    public void ReminderOnAWeekend_GoesOnThePreviousFriday()
    {
        // Due Monday 2026-11-30: T-1 is Sunday the 29th, so Friday the 27th; T-7 Monday the 23rd; T-14 Monday the 16th.
        var sent = RunDaily([FollowUp("2026-11-30")], D("2026-11-01"), D("2026-11-30"));

        Assert.Equal([D("2026-11-16"), D("2026-11-23"), D("2026-11-27")], sent.Select(s => s.Day));
    }

    [Fact]
    public void ReminderOnMidsummer_GoesOnTheThursdayBefore()
    {
        // Due Saturday 2026-06-20 (Midsommardagen): T-1 is Midsommarafton, so Thursday the 18th.
        var sent = RunDaily([FollowUp("2026-06-20")], D("2026-06-01"), D("2026-06-20"));

        Assert.Equal(D("2026-06-18"), sent.Single(s => s.Reminder.DaysBefore == 1).Day);
    }

    [Fact]
    public void ReviewCycle_IsRemindedAtT30AndT7Only()
    {
        var review = new Deadline(new ItemKey("ReviewCycles", 3), DeadlineKind.ReviewCycle, "Översyn inför nytt avtal", D("2027-03-31"), "internationella@linkoping.example");

        var sent = RunDaily([review], D("2027-01-01"), D("2027-03-31"));

        Assert.Equal([30, 7], sent.Select(s => s.Reminder.DaysBefore));
        Assert.Equal(D("2027-03-01"), sent[0].Day);
    }

    [Fact]
    public void OverdueItem_IsRemindedOnceAWeek()
    {
        var sent = RunDaily([FollowUp("2026-11-02")], D("2026-11-03"), D("2026-11-30"));

        Assert.All(sent, s => Assert.True(s.Reminder.IsOverdue));
        Assert.Equal([D("2026-11-03"), D("2026-11-09"), D("2026-11-16"), D("2026-11-23"), D("2026-11-30")], sent.Select(s => s.Day));
    }

    [Fact]
    public void AfterAMissedWeek_OnlyTheNearestReminderIsSent()
    {
        var sent = RunDaily([FollowUp("2026-12-02")], D("2026-11-26"), D("2026-12-02"));

        Assert.Equal([7, 1], sent.Select(s => s.Reminder.DaysBefore));
    }

    [Fact]
    public void MovedDeadline_GetsItsOwnReminders()
    {
        var before = ReminderPlanner.Plan([FollowUp("2026-12-02")], D("2026-11-25")).Single();
        var after = ReminderPlanner.Plan([FollowUp("2026-12-09")], D("2026-12-02")).Single();

        Assert.NotEqual(before.Key, after.Key);
    }

    [Fact]
    public void AcrossAYear_EveryReminderFallsOnAWorkingDayAndEachKeyOnce()
    {
        var deadlines = Enumerable.Range(0, 365).Select(i => FollowUp(D("2026-01-01").AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) with { Item = new ItemKey("Activities", i + 1) }).ToList();

        var sent = RunDaily(deadlines, D("2025-12-01"), D("2026-12-31"));

        Assert.All(sent, s => Assert.True(WorkingDays.IsWorkingDay(s.Day)));
        Assert.Equal(sent.Count, sent.Select(s => s.Reminder.Key).Distinct().Count());
        Assert.All(sent.Where(s => !s.Reminder.IsOverdue), s => Assert.True(s.Day <= s.Reminder.Deadline.Due));
    }
}
