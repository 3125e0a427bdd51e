using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>"Snooze a week": the due date moves to a week after the later of itself and today, so an overdue item comes back in a week.</summary>
public static class Snooze
{
    public const int Days = 7;

    /// <summary>The new due date, or null when it would pass the last date the register stores.</summary>
    public static DateOnly? NextDue(DateOnly? due, DateOnly today)
    {
        var from = due is { } d && d > today ? d : today;
        return from < FieldValues.LatestDate.AddDays(-Days) ? from.AddDays(Days) : null;
    }
}
