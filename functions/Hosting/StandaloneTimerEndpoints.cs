using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Standalone, POST /{timer} from this machine runs a timer's job now (a person trying it, a test), or as of another
/// moment with <see cref="TrialRun"/>; the lines of its log come back.
/// </summary>
public static class StandaloneTimerEndpoints
{
    public static IEndpointRouteBuilder MapTimerRuns(this IEndpointRouteBuilder endpoints, IEnumerable<TimerFunction> timers)
    {
        foreach (var timer in timers)
        {
            endpoints.MapPost($"/{timer.Name}", async (HttpRequest request, TimerJobRunner runner, InboundAuthentication authentication, CancellationToken cancellationToken) =>
            {
                DateTimeOffset? asOf = null;
                if (request.Query.ContainsKey(TrialRun.Parameter))
                {
                    if (TrialRun.RefusalOf(authentication) is { } refusal)
                    {
                        return Results.Problem(refusal, statusCode: StatusCodes.Status403Forbidden);
                    }

                    asOf = TrialRun.Parse(request.Query[TrialRun.Parameter]);
                    if (asOf is null || !runner.RunsAsOf(timer.Name))
                    {
                        return Results.Problem($"{TrialRun.Parameter} takes a date and time (2026-12-07T07:30, Stockholm time unless an offset is given), for a timer that can run as of one.", statusCode: StatusCodes.Status400BadRequest);
                    }
                }

                var lines = await runner.RunAsync(timer.Name, asOf, cancellationToken) ?? [$"{timer.Name} was still running; skipped"];
                return Results.Json(new TimerRun(timer.Name, lines));
            }).LocalCallersOnly();
        }

        return endpoints;
    }

    /// <summary>A run's answer: the job and the lines of its log.</summary>
    public sealed record TimerRun(string Job, IReadOnlyList<string> Logs);
}
