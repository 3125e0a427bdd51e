using System.Diagnostics;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Where start-up spends its time (on Flex Consumption every cold start is paid by a waiting submission or reminder
/// run): each step's moment since the process started and the CPU time used by then, logged once the app serves, at
/// Debug under this category (<c>Logging:LogLevel:PartnershipTeams.Functions.Hosting.StartupTimeline</c> = Debug).
/// </summary>
public sealed partial class StartupTimeline
{
    private readonly List<(string Step, double Elapsed, double Cpu)> steps = [];

    public StartupTimeline() => Reached("Main");

    public void Reached(string step)
    {
        using var process = Process.GetCurrentProcess();
        steps.Add((step, (DateTime.UtcNow - process.StartTime.ToUniversalTime()).TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds));
    }

    public void Log(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupTimeline>();
        foreach (var (step, elapsed, cpu) in steps)
        {
            LogStep(logger, step, elapsed, cpu);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Step} at {Elapsed:0} ms after the process started, {Cpu:0} ms CPU by then")]
    private static partial void LogStep(ILogger logger, string step, double elapsed, double cpu);
}
