using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>
/// POST /api/messages: authenticate, read the activity, check tenant and serviceUrl, hand it on. Nothing is
/// processed before authentication; a malformed activity gets 400, never a 500.
/// </summary>
public static partial class BotEndpoint
{
    public const string Path = "/api/messages";
    private const long MaxActivityBytes = 512 * 1024;

    /// <summary>Teams gives up on a request after about 15 s; our work gets its own budget so a write is never cut half-way by that.</summary>
    private static readonly TimeSpan WorkBudget = TimeSpan.FromSeconds(30);

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, InboundAuthentication authentication, ServiceUrlPolicy serviceUrls, IActivityHandler handler, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotEndpoint));
        var identity = default(System.Security.Claims.ClaimsIdentity);
        if (authentication.Enabled)
        {
            (identity, var problem) = await authentication.ValidateAsync(request.Headers.Authorization, request.HttpContext.RequestAborted);
            if (identity is null)
            {
                LogRefused(logger, problem ?? "invalid token");
                return Results.Unauthorized();
            }
        }

        if (request.ContentLength > MaxActivityBytes)
        {
            return Results.Problem("The activity is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.Problem("The body is not a Bot Framework activity (JSON).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (activity?.Type is null || activity.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            return Results.Problem("The activity needs type, conversation.id and serviceUrl.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (identity is not null && !BotTokenValidator.ServiceUrlMatches(identity, activity.ServiceUrl))
        {
            LogRefused(logger, "serviceUrl differs from the token's");
            return Results.Unauthorized();
        }

        if (!authentication.AllowsTenant(activity.TenantId))
        {
            LogRefused(logger, "tenant not allowed");
            return Results.Unauthorized();
        }

        if (!serviceUrls.Allows(activity.ServiceUrl))
        {
            return Results.Problem("The activity's serviceUrl is not a Bot Framework or Teams host.", statusCode: StatusCodes.Status400BadRequest);
        }

        using var budget = new CancellationTokenSource(WorkBudget);
        var invokeResponse = await handler.HandleAsync(activity, budget.Token);
        return invokeResponse is null ? Results.Ok() : Results.Json(invokeResponse, BotJson.Options);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound bot request: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
