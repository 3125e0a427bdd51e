using System.Globalization;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// Which reminders are due on a day: at each of the subject's offsets (follow-ups and goal reviews T-14, T-7 and T-1,
/// review cycles T-30 and T-7), each moved to the previous working day when it falls on a weekend or Swedish holiday;
/// overdue items (by the item's own rule) once a week. After a missed run only the nearest offset is sent, never a burst of old ones.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>The working day a reminder <paramref name="daysBefore"/> a deadline is sent on.</summary>
    public static DateOnly SendDate(DateOnly due, int daysBefore) => WorkingDays.OnOrBefore(due.AddDays(-daysBefore));

    public static IEnumerable<PlannedReminder> PlanFor(Deadline deadline, DateOnly today)
    {
        if (!WorkingDays.IsWorkingDay(today))
        {
            yield break;
        }

        if (deadline.IsOverdue)
        {
            yield return new PlannedReminder($"{Prefix(deadline)}|overdue|{IsoWeek.Of(today)}", deadline, 0, IsOverdue: true);
            yield break;
        }

        // The nearest offset whose send date has come: on its day normally, or late after a missed run.
        var offsets = deadline.Subject.Offsets;
        var due = offsets.Where(o => SendDate(deadline.Due, o) <= today).DefaultIfEmpty(-1).Min();
        if (due >= 0)
        {
            yield return new PlannedReminder($"{Prefix(deadline)}|T-{due.ToString(CultureInfo.InvariantCulture)}", deadline, due, IsOverdue: false);
        }
    }

    public static IEnumerable<PlannedReminder> Plan(IEnumerable<Deadline> deadlines, DateOnly today) =>
        deadlines.SelectMany(d => PlanFor(d, today));

    private static string Prefix(Deadline deadline) =>
        $"{deadline.Item}|{deadline.Recipient.ToLowerInvariant()}|{deadline.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
