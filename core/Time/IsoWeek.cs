using System.Globalization;

namespace PartnershipTeams.Core.Time;

/// <summary>The ISO week of a date as "2026-W48": the key of things that happen once a week.</summary>
public static class IsoWeek
{
    public static string Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(day).ToString(CultureInfo.InvariantCulture)}-W{ISOWeek.GetWeekOfYear(day).ToString("00", CultureInfo.InvariantCulture)}";
    }
}
