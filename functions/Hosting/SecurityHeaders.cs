namespace PartnershipTeams.Functions.Hosting;

/// <summary>Headers every answer carries: no browser guesses a content type other than the one sent.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return next(context);
    });
}
