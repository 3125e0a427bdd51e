using System.Globalization;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Web.Browser;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// A page or report that could not read the register because SharePoint did not answer (after the Graph client's own
/// retries) is a 503 with Retry-After, saying so in Swedish: the caller may try again, nothing is wrong with the request.
/// </summary>
public static class StoreUnavailableResponses
{
    private const int RetryAfterSeconds = 60;

    public static IApplicationBuilder UseStoreUnavailableAs503(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (ListStoreUnavailableException) when (!context.Response.HasStarted)
        {
            await WriteAsync(context);
        }
    });

    /// <summary>The 503 answer, on a response nothing was written to yet.</summary>
    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var texts = BrowserTexts.Register;
        await Results.Problem(texts.StoreUnavailable, statusCode: StatusCodes.Status503ServiceUnavailable, title: texts.StoreUnavailableTitle).ExecuteAsync(context);
    }
}
