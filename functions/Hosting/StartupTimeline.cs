using System.Diagnostics;
using System.Runtime;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Where start-up spends its time (on Flex Consumption every cold start is paid by a waiting submission or reminder
/// run): each step's moment since the process started, the CPU time used by then and the methods the JIT compiled by
/// then (what ReadyToRun did not cover), logged once the app serves, at Debug under this category
/// (<c>Logging:LogLevel:PartnershipTeams.Functions.Hosting.StartupTimeline</c> = Debug).
/// </summary>
public sealed partial class StartupTimeline
{
    private readonly List<(string Step, double Elapsed, double Cpu, long Jitted, double JitMs)> steps = [];

    public StartupTimeline() => Reached("Main");

    public void Reached(string step)
    {
        using var process = Process.GetCurrentProcess();
        steps.Add((step, (DateTime.UtcNow - process.StartTime.ToUniversalTime()).TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds,
            JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime().TotalMilliseconds));
    }

    public void Log(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupTimeline>();
        foreach (var (step, elapsed, cpu, jitted, jitMs) in steps)
        {
            LogStep(logger, step, elapsed, cpu, jitted, jitMs);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Step} at {Elapsed:0} ms after the process started, {Cpu:0} ms CPU by then, {Jitted} methods compiled by the JIT in {JitMs:0} ms")]
    private static partial void LogStep(ILogger logger, string step, double elapsed, double cpu, long jitted, double jitMs);
}
