using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PartnershipTeams.Protocol.Http;

/// <summary>Endpoints that answer callers on this machine only (the Functions host, a person at the keyboard); others get 403.</summary>
public static class LocalCallersOnlyExtensions
{
    public static TBuilder LocalCallersOnly<TBuilder>(this TBuilder builder, Func<IResult>? refusal = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            Loopback.IsLocalCaller(context.HttpContext)
                ? await next(context)
                : refusal?.Invoke() ?? Results.StatusCode(StatusCodes.Status403Forbidden));
}
