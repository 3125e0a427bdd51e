using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// The Azure Functions custom-handler contract for timers: the host POSTs /{function} with {"Data","Metadata"};
/// we answer {"Outputs","Logs","ReturnValue"}. HTTP triggers are proxied as they are (enableProxyingHttpRequest).
/// </summary>
public static class CustomHandlerEndpoints
{
    private const int MaxInvocationBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapTimerInvocations(this IEndpointRouteBuilder endpoints, IEnumerable<TimerFunction> timers)
    {
        foreach (var timer in timers)
        {
            // Only the Functions host (or a person on this machine) may run a timer: it calls from loopback.
            endpoints.MapPost($"/{timer.Name}", async (HttpRequest request, TimerJobRunner runner, IConfiguration configuration, InboundAuthentication authentication, CancellationToken cancellationToken) =>
            {
                DateTimeOffset? asOf = null;
                if (request.Query.ContainsKey(TrialRun.Parameter))
                {
                    if (TrialRun.RefusalOf(configuration, authentication) is { } refusal)
                    {
                        return Results.Problem(refusal, statusCode: StatusCodes.Status403Forbidden);
                    }

                    asOf = TrialRun.Parse(request.Query[TrialRun.Parameter]);
                    if (asOf is null || !runner.RunsAsOf(timer.Name))
                    {
                        return Results.Problem($"{TrialRun.Parameter} takes a date and time (2026-12-07T07:30, Stockholm time unless an offset is given), for a timer that can run as of one.", statusCode: StatusCodes.Status400BadRequest);
                    }
                }

                var body = await BoundedBody.ReadAsync(request, MaxInvocationBytes, cancellationToken);
                if (body is null)
                {
                    return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                }

                try
                {
                    // The host sends {"Data": …, "Metadata": …}; a timer's payload carries nothing we use.
                    if (body.Length > 0 && JsonNode.Parse(body) is not JsonObject)
                    {
                        return Results.Problem("The body is not a custom handler invocation (a JSON object).", statusCode: StatusCodes.Status400BadRequest);
                    }
                }
                catch (JsonException)
                {
                    return Results.Problem("The body is not a custom handler invocation (JSON).", statusCode: StatusCodes.Status400BadRequest);
                }

                var lines = await runner.RunAsync(timer.Name, asOf, cancellationToken) ?? [$"{timer.Name} was still running; skipped"];
                return Results.Json(new InvocationResponse(new Dictionary<string, object?>(), lines, null));
            }).LocalCallersOnly();
        }

        return endpoints;
    }

    /// <summary>The custom handler's response payload, in the host's PascalCase.</summary>
    public sealed record InvocationResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("Outputs")] IDictionary<string, object?> Outputs,
        [property: System.Text.Json.Serialization.JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
        [property: System.Text.Json.Serialization.JsonPropertyName("ReturnValue")] object? ReturnValue);
}
