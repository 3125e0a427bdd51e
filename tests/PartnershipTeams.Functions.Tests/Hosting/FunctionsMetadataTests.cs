using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// The contract the Functions host reads: functions.metadata as the worker SDK generated it from the [Function]s into the
/// build output, checked against what README, the Teams manifest and infra/main.bicep name (routes, methods, key levels,
/// the queue and its connection, the schedules as app settings). Kept by this test, not by hand-written function.json.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly string AppFolder = Path.Combine(RepositoryPaths.Root, "functions");

    private static JsonArray Metadata()
    {
        var built = Path.Combine(typeof(Program).Assembly.Location is { Length: > 0 } dll ? Path.GetDirectoryName(dll)! : AppContext.BaseDirectory, "functions.metadata");
        var file = File.Exists(built) ? built : Path.Combine(AppFolder, "bin", "Release", "net10.0", "functions.metadata");
        Assert.True(File.Exists(file), $"The worker SDK wrote no functions.metadata ({file}).");
        return JsonNode.Parse(File.ReadAllText(file))!.AsArray();
    }

    private static JsonObject Trigger(string function)
    {
        var bindings = Metadata().Single(f => (string?)f!["name"] == function)!["bindings"]!.AsArray();
        return bindings.OfType<JsonObject>().Single(b => ((string?)b["type"])!.EndsWith("Trigger", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string, string> HttpFunctions => new()
    {
        { "messages", "api/messages", "post", "anonymous" },
        { "notifications", "api/notifications", "post", "anonymous" },
        { "privacy", "api/privacy", "get", "anonymous" },
        { "terms", "api/terms", "get", "anonymous" },
        { "provision", "api/admin/provision", "post", "admin" },
        { "reports", "api/reports/review", "get", "function" },
    };

    public static TheoryData<string, string, string> Timers => new()
    {
        { "sync", "SyncSchedule", "0 */5 * * * *" },
        { "reminders", "RemindersSchedule", "0 30 5,6 * * *" },
        { "retention", "RetentionSchedule", "0 0 2 * * *" },
        { "subscriptions", "SubscriptionsSchedule", "0 15 */6 * * *" },
    };

    [Fact]
    public void FunctionsMetadata_DeclaresExactlyTheDocumentedFunctions()
    {
        string[] documented = [.. HttpFunctions.Select(f => (string)f[0]), "submissions", .. Timers.Select(t => (string)t[0])];

        Assert.Equal(documented.Order(StringComparer.Ordinal), Metadata().Select(f => (string)f!["name"]!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void HttpFunction_HasThePublicRouteMethodAndKeyLevel(string function, string route, string method, string authLevel)
    {
        var trigger = Trigger(function);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => ((string)m!).ToLowerInvariant()));
        Assert.Equal(authLevel, ((string)trigger["authLevel"]!).ToLowerInvariant());
    }

    [Fact]
    public void Submissions_IsTheQueueTriggerOnPtSubmissionsThroughTheAppsStorage()
    {
        var trigger = Trigger("submissions");

        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal("pt-submissions", (string?)trigger["queueName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)trigger["connection"]);
    }

    [Theory]
    [MemberData(nameof(Timers))]
    public void Timer_ReadsItsScheduleFromAnAppSettingWhoseDefaultIsTodaysSchedule(string function, string setting, string schedule)
    {
        var declared = TimerFunction.Declared(new ConfigurationBuilder().AddJsonFile(Path.Combine(AppFolder, "appsettings.json")).Build());

        Assert.Equal("timerTrigger", (string?)Trigger(function)["type"]);
        Assert.Equal($"%{setting}%", (string?)Trigger(function)["schedule"]);
        Assert.Equal(schedule, declared.Single(t => t.Name == function).Schedule);
    }

    [Fact]
    public void HostJson_RoutesTheFunctionsAtTheirWholePathAndRetriesTheQueueFiveTimes()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(AppFolder, "host.json")))!;

        Assert.Equal(string.Empty, (string?)host["extensions"]!["http"]!["routePrefix"]);
        Assert.Equal(5, (int)host["extensions"]!["queues"]!["maxDequeueCount"]!);
        Assert.Equal("00:00:30", (string?)host["extensions"]!["queues"]!["visibilityTimeout"]);
        Assert.Null(host["customHandler"]);
        Assert.DoesNotContain(Directory.GetFiles(AppFolder, "function.json", SearchOption.AllDirectories), f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    [Fact]
    public void ATimerWithoutASchedule_StopsTheAppNamingTheSetting()
    {
        var failure = Assert.Throws<InvalidDataException>(() => TimerFunction.Declared(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SyncSchedule"] = "0 */5 * * * *",
            ["RemindersSchedule"] = "every morning",
            ["RetentionSchedule"] = "0 0 2 * * *",
            ["SubscriptionsSchedule"] = "0 15 */6 * * *",
        }).Build()));

        Assert.Contains("RemindersSchedule", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The host (and the standalone scheduler) fire the reminders schedule in UTC; the job sends only at or after 07:30
    /// Stockholm and passes a later firing on a day it already ran. Every day of two years, both clock changes included,
    /// that makes exactly one sending run, at 07:30 in Stockholm.
    /// </summary>
    [Fact]
    public void ReminderScheduleWithTheJobsGuard_SendsOnceADayAt0730InStockholmAllYearRound()
    {
        var schedule = new TimerSchedule("0 30 5,6 * * *");
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
}
