namespace PartnershipTeams.Core.Time;

/// <summary>
/// Swedish public holidays (allmänna helgdagar) and the eves treated as Sundays at work (midsommarafton,
/// julafton, nyårsafton), for moving reminders off days nobody reads them.
/// </summary>
public static class SwedishHolidays
{
    public static bool IsHoliday(DateOnly date) => HolidaysOf(date.Year).Contains(date);

    public static IReadOnlySet<DateOnly> HolidaysOf(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = Enumerable.Range(19, 7).Select(d => new DateOnly(year, 6, d)).First(d => d.DayOfWeek == DayOfWeek.Friday);
        var allSaints = Enumerable.Range(0, 7).Select(d => new DateOnly(year, 10, 31).AddDays(d)).First(d => d.DayOfWeek == DayOfWeek.Saturday);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),            // Nyårsdagen
            new(year, 1, 6),            // Trettondedag jul
            easter.AddDays(-2),         // Långfredagen
            easter,                     // Påskdagen
            easter.AddDays(1),          // Annandag påsk
            new(year, 5, 1),            // Första maj
            easter.AddDays(39),         // Kristi himmelsfärdsdag
            easter.AddDays(49),         // Pingstdagen
            new(year, 6, 6),            // Sveriges nationaldag
            midsummerEve,               // Midsommarafton
            midsummerEve.AddDays(1),    // Midsommardagen
            allSaints,                  // Alla helgons dag
            new(year, 12, 24),          // Julafton
            new(year, 12, 25),          // Juldagen
            new(year, 12, 26),          // Annandag jul
            new(year, 12, 31),          // Nyårsafton
        };
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
