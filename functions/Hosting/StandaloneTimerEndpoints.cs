using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>Standalone, POST /{timer} from this machine runs a timer's job now (a person trying it, a test); the lines of its log come back.</summary>
public static class StandaloneTimerEndpoints
{
    public static IEndpointRouteBuilder MapTimerRuns(this IEndpointRouteBuilder endpoints, IEnumerable<TimerFunction> timers)
    {
        foreach (var timer in timers)
        {
            endpoints.MapPost($"/{timer.Name}", async (TimerJobRunner runner, CancellationToken cancellationToken) =>
                Results.Json(new TimerRun(timer.Name, await runner.RunAsync(timer.Name, cancellationToken) ?? [$"{timer.Name} was still running; skipped"])))
                .LocalCallersOnly();
        }

        return endpoints;
    }

    /// <summary>A run's answer: the job and the lines of its log.</summary>
    public sealed record TimerRun(string Job, IReadOnlyList<string> Logs);
}
