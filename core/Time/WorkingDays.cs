namespace PartnershipTeams.Core.Time;

/// <summary>Monday to Friday, except Swedish holidays and the eves treated like them.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !SwedishHolidays.IsHoliday(date);

    /// <summary>The date itself if it is a working day, else the nearest working day before it.</summary>
    public static DateOnly OnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
