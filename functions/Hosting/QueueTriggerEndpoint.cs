using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// POST /submissions: the Functions host's queue trigger for the submission queue, in the custom-handler shape
/// (learn.microsoft.com/azure/azure-functions/functions-custom-handlers, "Request payload"): the message under the
/// binding's name in Data, DequeueCount in Metadata. A 2xx answer completes the message; anything else is a failed
/// invocation, which the host retries and, after maxDequeueCount (host.json), moves to "{queue}-poison".
/// </summary>
public static class QueueTriggerEndpoint
{
    public const string Function = "submissions";
    public const string Binding = "submission";
    private const int MaxInvocationBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSubmissionQueueTrigger(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost($"/{Function}", async (HttpRequest request, SubmissionProcessor processor, CancellationToken cancellationToken) =>
        {
            var body = await BoundedBody.ReadAsync(request, MaxInvocationBytes, cancellationToken);
            if (body is null)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            if (Read(body) is not ({ } submissionId, var deliveries))
            {
                return Results.Problem("The body is not a queue trigger invocation with a submission id.", statusCode: StatusCodes.Status400BadRequest);
            }

            var result = await processor.ProcessAsync(submissionId, deliveries, cancellationToken);
            var response = new CustomHandlerEndpoints.InvocationResponse(new Dictionary<string, object?>(), [$"submission {submissionId}: {result}"], null);
            return Results.Json(response, statusCode: result == SubmissionResult.TryAgain ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK);
        }).LocalCallersOnly();
        return endpoints;
    }

    /// <summary>
    /// The message and its delivery count. The host serialises a string input as JSON once more, so the message
    /// may arrive as "\"id\"": it is decoded until it is plain text.
    /// </summary>
    public static (string? SubmissionId, int Deliveries) Read(byte[] body)
    {
        try
        {
            if (JsonNode.Parse(body) is not JsonObject invocation || invocation["Data"]?[Binding] is not JsonValue message || message.GetValueKind() != JsonValueKind.String)
            {
                return (null, 0);
            }

            var text = message.GetValue<string>();
            while (text.StartsWith('"') && JsonSerializer.Deserialize<string>(text) is { } inner)
            {
                text = inner;
            }

            var count = invocation["Metadata"]?["DequeueCount"];
            var deliveries = count?.GetValueKind() switch
            {
                JsonValueKind.Number => count.GetValue<int>(),
                JsonValueKind.String when int.TryParse(count.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
                _ => 0,
            };
            return (text.Trim(), deliveries);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return (null, 0);
        }
    }
}
