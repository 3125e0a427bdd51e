using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// Issue 22: where start-up spends its time can be read from the log of the built app started alone, with the
/// timeline's category at Debug: every step once, in order, each at or after the one before.
/// </summary>
public sealed partial class StartupTimelineTests : IDisposable
{
    private static readonly string[] Steps =
        ["Main", "host builder created", "services registered", "services built", "routes mapped", "settings checked", "operational state ready", "register ready", "serving"];

    private readonly string data = Directory.CreateTempSubdirectory("partnerships-timeline-").FullName;

    [Fact]
    public async Task StartWithTheTimelineAtDebug_LogsEveryStepOnceInOrderWithItsTimeAndCpu()
    {
        var lines = await StartUntilServingAsync();

        var logged = lines.Select(l => StepLine().Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(Steps, logged.Select(m => m.Groups["step"].Value));
        var elapsed = logged.Select(m => double.Parse(m.Groups["elapsed"].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(elapsed.Order(), elapsed);
        Assert.All(logged, m => Assert.True(double.Parse(m.Groups["cpu"].Value, CultureInfo.InvariantCulture) > 0));
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    [GeneratedRegex(@"Start-up: (?<step>.+) at (?<elapsed>\d+) ms after the process started, (?<cpu>\d+) ms CPU by then")]
    private static partial Regex StepLine();

    private async Task<IReadOnlyList<string>> StartUntilServingAsync()
    {
        var start = BuiltApp.StartInfo(data);
        start.Environment["Scheduler__Enabled"] = "false";
        start.Environment["Urls"] = $"http://127.0.0.1:{FreePorts.Next()}";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__LogLevel__PartnershipTeams.Functions.Hosting.StartupTimeline"] = "Debug";

        var lines = new List<string>();
        var served = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line.Data);
            }

            if (line.Data.Contains("Start-up: serving", StringComparison.Ordinal))
            {
                served.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await served.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        lock (lines)
        {
            return [.. lines];
        }
    }
}
