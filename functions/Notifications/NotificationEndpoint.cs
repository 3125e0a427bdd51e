using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipTeams.Lists;

namespace PartnershipTeams.Functions.Notifications;

/// <summary>
/// POST /api/notifications, Graph's webhook: echoes the validation token when a subscription is created, and
/// for each notification whose clientState is ours asks for a sync of the list; anything else is ignored and logged.
/// </summary>
public static partial class NotificationEndpoint
{
    public const string Path = "/api/notifications";

    public static IEndpointRouteBuilder MapChangeNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpRequest request, IOptions<NotificationOptions> options, SyncTrigger trigger, IServiceProvider services, ILoggerFactory loggers) =>
        {
            var logger = loggers.CreateLogger(typeof(NotificationEndpoint));
            if (request.Query.TryGetValue("validationToken", out var token))
            {
                return Results.Text(token.ToString(), "text/plain", Encoding.UTF8);
            }

            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }

            var subscriptions = services.GetService<IListChangeSubscriptions>();
            var expected = options.Value.ClientState;
            foreach (var notification in (body?["value"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (expected is null || !SameSecret((string?)notification["clientState"], expected))
                {
                    LogIgnored(logger, "clientState does not match");
                    continue;
                }

                var list = subscriptions?.ListOf((string?)notification["resource"] ?? string.Empty);
                if (list is null)
                {
                    LogIgnored(logger, "resource is not one of our lists");
                    continue;
                }

                trigger.Request(list);
            }

            return Results.Accepted();
        });
        return endpoints;
    }

    private static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a change notification: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string reason);
}
