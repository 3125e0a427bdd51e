using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// POST /api/notifications, Graph's webhook: echoes the validation token when a subscription is created, and
/// for each notification whose clientState is ours asks for a sync of the list; anything else is ignored and logged.
/// A body that is not a notification batch gets 400, one over <see cref="MaxBodyBytes"/> gets 413.
/// </summary>
public static partial class NotificationEndpoint
{
    public const string Route = "api/notifications";

    public const string Path = "/" + Route;

    /// <summary>Graph batches notifications; a batch of SharePoint list notifications stays far below this.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowDuplicateProperties = false };

    public static IEndpointRouteBuilder MapChangeNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    /// <summary>One POST from Graph, with the request's services: the "notifications" function and the standalone route alike.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request)
    {
        var services = request.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<NotificationOptions>>();
        var trigger = services.GetRequiredService<SyncTrigger>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var logger = loggers.CreateLogger(typeof(NotificationEndpoint));
        if (request.Query.TryGetValue("validationToken", out var token))
        {
            // Graph's validation handshake: the token back as plain text within 10 seconds.
            return Results.Text(token.ToString(), "text/plain", Encoding.UTF8);
        }

        var body = await BoundedBody.ReadAsync(request, MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            LogRefused(logger, "the body is larger than 1 MB");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        ChangeNotificationBatch? batch;
        try
        {
            batch = JsonSerializer.Deserialize<ChangeNotificationBatch>(body, Json);
        }
        catch (JsonException)
        {
            LogRefused(logger, "the body is not a batch of change notifications");
            return Results.BadRequest();
        }

        var subscriptions = services.GetService<IListChangeSubscriptions>();
        var expected = options.Value.ClientState;
        var notifications = batch?.Value ?? [];
        int foreign = 0, unknown = 0;
        foreach (var notification in notifications)
        {
            if (expected is null || !SameSecret(notification?.ClientState, expected))
            {
                foreign++;
                continue;
            }

            var list = subscriptions?.ListOf(notification!.Resource ?? string.Empty);
            if (list is null)
            {
                unknown++;
                continue;
            }

            trigger.Request(list);
        }

        // Once per batch, with the count: a thousand ignored entries are one line, not a thousand.
        if (foreign > 0)
        {
            LogIgnored(logger, foreign, notifications.Count, "clientState does not match");
        }

        if (unknown > 0)
        {
            LogIgnored(logger, unknown, notifications.Count, "resource is not one of our lists");
        }

        return Results.Accepted();
    }

    private static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Ignored} of {Total} change notifications in a batch: {Reason}")]
    private static partial void LogIgnored(ILogger logger, int ignored, int total, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a change notification request: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
