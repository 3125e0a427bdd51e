using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;
using PartnershipTeams.Lists.Tests.Sqlite;

namespace PartnershipTeams.Lists.Tests.Seeding;

/// <summary>Issue 23 item 10: seeded on 7 December, the demo put a Guangzhou delegation on Christmas Day.</summary>
public sealed class CurrentPeriodHolidayTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("2026-12-07")] // the day of the report: 18 days on is Christmas Day
    [InlineData("2026-12-14")]
    [InlineData("2027-03-08")] // Easter 2027 is 28 March
    [InlineData("2027-05-01")]
    [InlineData("2027-06-01")] // midsummer and the national day
    public async Task SeededOnAnyDay_NoVisitOfTheCurrentPeriodStartsOffAWorkingDayOrSpansAPublicHoliday(string seededOn)
    {
        var day = DateOnly.Parse(seededOn, System.Globalization.CultureInfo.InvariantCulture);
        var clock = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        var store = new SqliteListStore(Path.Combine(folder.Path, $"lists-{seededOn}.db"), clock);
        await store.ProvisionAsync(PartnershipLists.All, None);

        await new DemoDataSeeder(store, clock, NullLogger<DemoDataSeeder>.Instance).SeedAsync(None);

        var current = (await store.QueryAsync(VisitsList.Records, ListQuery.All, None)).Select(v => v.Value).Where(v => v.Start.Year >= 2026).ToList();
        Assert.Equal(3, current.Count);
        Assert.All(current, v =>
        {
            Assert.True(WorkingDays.IsWorkingDay(v.Start), $"{v.Title} starts {v.Start}");
            for (var d = v.Start; d <= v.End; d = d.AddDays(1))
            {
                Assert.False(SwedishHolidays.IsHoliday(d), $"{v.Title} spans {d}");
            }
        });
        Assert.Contains(current, v => v.Start < day);
        Assert.Equal(2, current.Count(v => v.Start > day));
    }

    public void Dispose() => folder.Dispose();
}
