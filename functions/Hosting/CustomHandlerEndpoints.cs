using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// The Azure Functions custom-handler contract for timers: the host POSTs /{function} with {"Data","Metadata"};
/// we answer {"Outputs","Logs","ReturnValue"}. HTTP triggers are forwarded as they are (enableForwardingHttpRequest).
/// </summary>
public static class CustomHandlerEndpoints
{
    public static IEndpointRouteBuilder MapTimerInvocations(this IEndpointRouteBuilder endpoints, IEnumerable<TimerFunction> timers)
    {
        foreach (var timer in timers)
        {
            endpoints.MapPost($"/{timer.Name}", async (HttpRequest request, TimerJobRunner runner, CancellationToken cancellationToken) =>
            {
                // Only the Functions host (or a person on this machine) may run a timer: it calls from loopback.
                if (request.HttpContext.Connection.RemoteIpAddress is { } caller && !System.Net.IPAddress.IsLoopback(caller))
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                try
                {
                    await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
                }
                catch (JsonException)
                {
                    return Results.Problem("The body is not a custom handler invocation (JSON).", statusCode: StatusCodes.Status400BadRequest);
                }

                var lines = await runner.RunAsync(timer.Name, cancellationToken) ?? [$"{timer.Name} was still running; skipped"];
                return Results.Json(new InvocationResponse(new Dictionary<string, object?>(), lines, null));
            });
        }

        return endpoints;
    }

    /// <summary>The custom handler's response payload, in the host's PascalCase.</summary>
    public sealed record InvocationResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("Outputs")] IDictionary<string, object?> Outputs,
        [property: System.Text.Json.Serialization.JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
        [property: System.Text.Json.Serialization.JsonPropertyName("ReturnValue")] object? ReturnValue);
}
