using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

public sealed class FunctionDefinitionsTests
{
    private static string FunctionsFolder => Path.Combine(RepositoryPaths.Root, "functions");

    [Fact]
    public void LoadTimers_ReadsEveryTimerFunctionWithItsSchedule()
    {
        var timers = FunctionDefinitions.LoadTimers(FunctionsFolder);

        Assert.Equal([new TimerFunction("reminders", "0 30 7 * * *"), new TimerFunction("subscriptions", "0 15 */6 * * *"), new TimerFunction("sync", "0 */5 * * * *")], timers);
    }

    [Fact]
    public void ReminderSchedule_Is0730InStockholmOnBothSidesOfTheSpringClockChange()
    {
        var schedule = new TimerSchedule("0 30 7 * * *");

        var beforeChange = schedule.NextAfter(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero));
        var afterChange = schedule.NextAfter(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 6, 30, 0, TimeSpan.Zero), beforeChange);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 30, 0, TimeSpan.Zero), afterChange);
    }

    [Fact]
    public void ReminderSchedule_Is0730InStockholmAfterTheAutumnClockChange()
    {
        var schedule = new TimerSchedule("0 30 7 * * *");

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 6, 30, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void EveryFunctionFolder_HasAValidFunctionJsonAndHostJsonNamesOurExecutable()
    {
        var host = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, "host.json")))!;

        Assert.Equal("PartnershipTeams.Functions", (string?)host["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.True((bool)host["customHandler"]!["enableForwardingHttpRequest"]!);
        foreach (var name in new[] { "messages", "sync", "reminders", "provision" })
        {
            var bindings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, name, "function.json")))!["bindings"]!.AsArray();
            Assert.NotEmpty(bindings);
        }
    }
}
