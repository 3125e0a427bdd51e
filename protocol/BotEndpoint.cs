using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Protocol.Http;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// POST /api/messages: authenticate, read the activity, check tenant and serviceUrl, hand it on. Nothing is
/// processed before authentication; anything malformed gets a 4xx (logged once as a warning), never a 500.
/// </summary>
public static partial class BotEndpoint
{
    /// <summary>The route as the Functions host names it (host.json's routePrefix is empty, so the route is the whole path).</summary>
    public const string Route = "api/messages";

    public const string Path = "/" + Route;
    public const int MaxActivityBytes = 512 * 1024;

    /// <summary>Teams gives up on a request after about 15 s; our work gets its own budget so a write is never cut half-way by that.</summary>
    private static readonly TimeSpan WorkBudget = TimeSpan.FromSeconds(30);

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (HttpRequest request) => HandleAsync(request));
        return endpoints;
    }

    /// <summary>Handles one POST of an activity, with the request's services: the Functions app's "messages" function and the standalone route alike.</summary>
    public static Task<IResult> HandleAsync(HttpRequest request)
    {
        var services = request.HttpContext.RequestServices;
        return HandleAsync(
            request,
            services.GetRequiredService<InboundAuthentication>(),
            services.GetRequiredService<ServiceUrlPolicy>(),
            services.GetRequiredService<ConnectorClient>(),
            services.GetRequiredService<FileUploadClient>(),
            services.GetRequiredService<ITurnHandler>(),
            services.GetRequiredService<ILoggerFactory>());
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, InboundAuthentication authentication, ServiceUrlPolicy serviceUrls, ConnectorClient connector, FileUploadClient uploads, ITurnHandler handler, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotEndpoint));
        var aborted = request.HttpContext.RequestAborted;

        // The Bot Framework posts JSON; a web page can post text/plain to any URL without asking (no CORS preflight).
        if (!IsJson(request.ContentType))
        {
            return Refuse(logger, StatusCodes.Status415UnsupportedMediaType, "the body is not application/json");
        }

        var token = default(ValidatedToken);
        if (!authentication.Ready)
        {
            return Refuse(logger, StatusCodes.Status503ServiceUnavailable, "the app has not yet confirmed it listens on loopback alone");
        }

        if (!authentication.Enabled && !Loopback.IsLocalCaller(request.HttpContext))
        {
            return Refuse(logger, StatusCodes.Status401Unauthorized, "unauthenticated mode answers callers on this machine only");
        }

        if (authentication.Enabled)
        {
            (token, var problem) = await authentication.ValidateAsync(request.Headers.Authorization, aborted);
            if (token is null)
            {
                return Refuse(logger, StatusCodes.Status401Unauthorized, problem ?? "invalid token");
            }
        }

        var body = await BoundedBody.ReadAsync(request, MaxActivityBytes, aborted);
        if (body is null)
        {
            return Refuse(logger, StatusCodes.Status413PayloadTooLarge, "the activity is larger than 512 KB");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException e)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, $"the body is not a Bot Framework activity ({e.Path ?? "JSON"})");
        }

        if (activity?.Type is null || activity.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "the activity needs type, conversation.id and serviceUrl");
        }

        // Universal Actions answer HTTP 200 with the outcome in the body; other invokes (file consent) use the HTTP status.
        var isInvoke = activity.Type == ActivityTypes.Invoke && activity.Name == ActivityTypes.AdaptiveCardAction;
        var (input, shapeProblem) = ActivityReader.Read(activity);
        if (input is null)
        {
            return isInvoke
                ? InvokeRefused(logger, shapeProblem ?? "malformed invoke")
                : Refuse(logger, StatusCodes.Status400BadRequest, shapeProblem ?? "malformed activity");
        }

        if (token is not null && !BotTokenValidator.ServiceUrlMatches(token.Identity, activity.ServiceUrl))
        {
            return Refuse(logger, StatusCodes.Status401Unauthorized, "serviceUrl differs from the token's");
        }

        if (token is not null && !token.Endorses(activity.ChannelId))
        {
            return Refuse(logger, StatusCodes.Status403Forbidden, "the token's signing key is not endorsed for the activity's channelId");
        }

        if (!authentication.AllowsTenant(activity.TenantId))
        {
            return Refuse(logger, StatusCodes.Status401Unauthorized, "tenant not allowed");
        }

        if (!serviceUrls.Allows(activity.ServiceUrl))
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "the activity's serviceUrl is not a Bot Framework or Teams host");
        }

        using var budget = new CancellationTokenSource(WorkBudget);
        using var span = PartnershipTelemetry.StartTurn(ActivityTypes.Known(activity.Type), ConversationScopes.FromTeams(activity.Conversation.ConversationType), activity.Conversation.Id);
        try
        {
            var turn = new TeamsTurn(activity, input, connector, uploads);
            await handler.HandleAsync(turn, budget.Token);

            // Universal Actions: an invoke is always answered 200 with {statusCode, type, value}.
            return turn.InvokeResponse is { } invokeResponse ? Results.Json(invokeResponse, BotJson.Options) : Results.Ok();
        }
        catch (MalformedTurnException e)
        {
            span.Fail(nameof(MalformedTurnException));
            return isInvoke ? InvokeRefused(logger, e.Message) : Refuse(logger, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (Exception e) when (isInvoke && e is not OperationCanceledException)
        {
            // Universal Actions: the bot answers an invoke it processed with HTTP 200 and the outcome in statusCode.
            LogInvokeFailed(logger, e);
            return Results.Json(TeamsTurn.InvokeError(StatusCodes.Status500InternalServerError, "The action could not be completed."), BotJson.Options);
        }
    }

    /// <summary>An invoke the bot read but cannot act on: HTTP 200 with statusCode 400 in the body, as Universal Actions expect.</summary>
    private static IResult InvokeRefused(ILogger logger, string reason)
    {
        LogRefused(logger, StatusCodes.Status400BadRequest, reason);
        return Results.Json(TeamsTurn.InvokeError(StatusCodes.Status400BadRequest, reason), BotJson.Options);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && string.Equals(type.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static IResult Refuse(ILogger logger, int status, string reason)
    {
        LogRefused(logger, status, reason);
        return status == StatusCodes.Status401Unauthorized
            ? Results.Unauthorized()
            : Results.Problem(reason, statusCode: status);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An adaptiveCard/action invoke failed; Teams was answered with statusCode 500")]
    private static partial void LogInvokeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound bot request with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);
}
