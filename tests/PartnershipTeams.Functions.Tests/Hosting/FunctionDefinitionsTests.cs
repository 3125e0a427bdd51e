using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

public sealed class FunctionDefinitionsTests
{
    private const string ReminderSchedule = "0 30 5,6 * * *";

    private static string FunctionsFolder => Path.Combine(RepositoryPaths.Root, "functions");

    [Fact]
    public void LoadTimers_ReadsEveryTimerFunctionWithItsSchedule()
    {
        var timers = FunctionDefinitions.LoadTimers(FunctionsFolder);

        Assert.Equal([new TimerFunction("reminders", ReminderSchedule), new TimerFunction("retention", "0 0 2 * * *"), new TimerFunction("subscriptions", "0 15 */6 * * *"), new TimerFunction("sync", "0 */5 * * * *")], timers);
    }

    [Fact]
    public void ReminderSchedule_FiresAt0530And0630Utc()
    {
        var schedule = new TimerSchedule(ReminderSchedule);

        var first = schedule.NextAfter(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero))!.Value;
        var second = schedule.NextAfter(first)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 5, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 6, 30, 0, TimeSpan.Zero), second);
    }

    /// <summary>
    /// The host (and the standalone scheduler) fire the reminders function.json schedule in UTC; the job sends only at
    /// or after 07:30 Stockholm and passes a later firing on a day it already ran. Every day of two years, both clock
    /// changes included, that makes exactly one sending run, at 07:30 in Stockholm.
    /// </summary>
    [Fact]
    public void ReminderScheduleWithTheJobsGuard_SendsOnceADayAt0730InStockholmAllYearRound()
    {
        var schedule = new TimerSchedule(ReminderSchedule);
        var sendingRuns = new Dictionary<DateOnly, List<TimeOnly>>();
        var firing = schedule.NextAfter(new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero))!.Value;
        while (firing < new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero))
        {
            var day = BusinessTimeZone.DateOf(firing);
            if (ReminderJob.Sends(firing, completedToday: sendingRuns.ContainsKey(day)))
            {
                sendingRuns.TryAdd(day, []);
                sendingRuns[day].Add(TimeOnly.FromTimeSpan(BusinessTimeZone.ToLocal(firing).TimeOfDay));
            }

            firing = schedule.NextAfter(firing)!.Value;
        }

        Assert.Equal(365 + 365, sendingRuns.Count);
        Assert.All(sendingRuns, d => Assert.Equal([new TimeOnly(7, 30)], d.Value));
    }

    [Fact]
    public void EveryFunctionFolder_HasAValidFunctionJsonAndHostJsonNamesOurExecutable()
    {
        var host = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, "host.json")))!;

        Assert.Equal("PartnershipTeams.Functions", (string?)host["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.True((bool)host["customHandler"]!["enableProxyingHttpRequest"]!);
        Assert.Null(host["customHandler"]!["enableForwardingHttpRequest"]);
        foreach (var name in new[] { "messages", "sync", "reminders", "provision" })
        {
            var bindings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, name, "function.json")))!["bindings"]!.AsArray();
            Assert.NotEmpty(bindings);
        }
    }

    [Theory]
    [InlineData("0 30 6 * *")]
    [InlineData("every morning")]
    public void LoadTimersWithAScheduleTheHostCannotRead_RefusesNamingTheFile(string schedule)
    {
        var root = Directory.CreateTempSubdirectory("timers-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "reminders"));
            File.WriteAllText(Path.Combine(root, "reminders", "function.json"), $$"""{ "bindings": [ { "type": "timerTrigger", "name": "timer", "schedule": "{{schedule}}" } ] }""");

            var failure = Assert.Throws<InvalidDataException>(() => FunctionDefinitions.LoadTimers(root));

            Assert.Contains(Path.Combine("reminders", "function.json"), failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
