using System.Globalization;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Reminders.Subjects;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    /// <summary>An open follow-up as the deadline source reads it on a day: overdue once its date has passed.</summary>
    private static Func<DateOnly, Deadline> FollowUp(string due) =>
        day => new(new ItemKey("Activities", 12), FollowUpReminders.Subject, "Skicka avsiktsförklaring", D(due), "anna@linkoping.example", IsOverdue: D(due) < day);

    /// <summary>Runs the planner every day of a period, as the daily timer would (reading the deadlines that day), keeping a ledger of keys sent.</summary>
    private static List<(DateOnly Day, PlannedReminder Reminder)> RunDaily(IEnumerable<Func<DateOnly, Deadline>> deadlines, DateOnly from, DateOnly to)
    {
        var ledger = new HashSet<string>();
        var sent = new List<(DateOnly, PlannedReminder)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var today = day;
            foreach (var reminder in ReminderPlanner.Plan(deadlines.Select(read => read(today)), day).Where(r => ledger.Add(r.Key)))
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
        Func<DateOnly, Deadline> review = day => new Deadline(new ItemKey("ReviewCycles", 3), ReviewCycleReminders.Subject, "Översyn inför nytt avtal", D("2027-03-31"), "internationella@linkoping.example", IsOverdue: D("2027-03-31") < day);

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
        var before = ReminderPlanner.Plan([FollowUp("2026-12-02")(D("2026-11-25"))], D("2026-11-25")).Single();
        var after = ReminderPlanner.Plan([FollowUp("2026-12-09")(D("2026-12-02"))], D("2026-12-02")).Single();

        Assert.NotEqual(before.Key, after.Key);
    }

    [Fact]
    public void AcrossAYear_EveryReminderFallsOnAWorkingDayAndEachKeyOnce()
    {
        var deadlines = Enumerable.Range(0, 365)
            .Select(i => (Func<DateOnly, Deadline>)(day => FollowUp(D("2026-01-01").AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))(day) with { Item = new ItemKey("Activities", i + 1) }))
            .ToList();

        var sent = RunDaily(deadlines, D("2025-12-01"), D("2026-12-31"));

        Assert.All(sent, s => Assert.True(WorkingDays.IsWorkingDay(s.Day)));
        Assert.Equal(sent.Count, sent.Select(s => s.Reminder.Key).Distinct().Count());
        Assert.All(sent.Where(s => !s.Reminder.IsOverdue), s => Assert.True(s.Day <= s.Reminder.Deadline.Due));
    }
}
