using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Core.Tests.Time;

public sealed class SwedishHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    public void EasterSunday_MatchesTheCalendar(int year, string easter)
    {
        Assert.Equal(DateOnly.Parse(easter, System.Globalization.CultureInfo.InvariantCulture), SwedishHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2026-04-03")] // Långfredagen
    [InlineData("2026-04-06")] // Annandag påsk
    [InlineData("2026-05-14")] // Kristi himmelsfärdsdag
    [InlineData("2026-06-06")] // Nationaldagen
    [InlineData("2026-06-19")] // Midsommarafton
    [InlineData("2026-10-31")] // Alla helgons dag
    [InlineData("2026-12-24")] // Julafton
    [InlineData("2027-01-06")] // Trettondedag jul
    public void IsHolidayOnSwedishHolidays_IsTrue(string date)
    {
        Assert.True(SwedishHolidays.IsHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-04-07", "2026-04-07")] // a Tuesday after Easter
    [InlineData("2026-04-06", "2026-04-02")] // Annandag påsk -> Skärtorsdag (Långfredagen is off too)
    [InlineData("2026-06-21", "2026-06-18")] // Sunday after midsummer -> the Thursday before Midsommarafton
    [InlineData("2026-12-27", "2026-12-23")] // Sunday after Christmas -> the day before Julafton
    [InlineData("2027-01-01", "2026-12-30")] // Nyårsdagen -> before Nyårsafton
    public void OnOrBefore_MovesToThePreviousWorkingDay(string date, string expected)
    {
        var result = WorkingDays.OnOrBefore(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }
}
