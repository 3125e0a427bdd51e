using System.Diagnostics;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Bench;

/// <summary>How fast the reminder policy plans: 100,000 open deadlines, planned for every day of a year.</summary>
public static class ReminderPlanningBenchmark
{
    public static void Run(int deadlines, int days)
    {
        var start = new DateOnly(2026, 1, 1);
        var subjects = ReminderSubjects.All;
        var items = Enumerable.Range(0, deadlines)
            .Select(i => new Deadline(new ItemKey("Activities", i + 1), subjects[i % subjects.Count], $"Aktivitet {i}", start.AddDays(i % 400), $"person{i % 500}@linkoping.example", IsOverdue: false))
            .ToList();

        var planned = (long)-ReminderPlanner.Plan(items, start).Count(); // a warm-up run, not counted
        var clock = Stopwatch.StartNew();
        planned = 0;
        for (var day = 0; day < days; day++)
        {
            planned += ReminderPlanner.Plan(items, start.AddDays(day)).Count();
        }

        clock.Stop();
        var evaluations = (double)deadlines * days;
        Console.WriteLine($"Reminder planning: {deadlines:N0} deadlines × {days} days = {evaluations:N0} deadline-days in {clock.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"  {evaluations / clock.Elapsed.TotalSeconds:N0} deadline-days planned per second; {planned:N0} reminders proposed ({planned / (clock.Elapsed.TotalSeconds):N0} per second)");
        Console.WriteLine($"  one daily run over {deadlines:N0} deadlines: {clock.Elapsed.TotalMilliseconds / days:0.0} ms");
    }
}
