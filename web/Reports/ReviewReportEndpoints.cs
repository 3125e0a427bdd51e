using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Web.Browser;

namespace PartnershipTeams.Web.Reports;

/// <summary>
/// GET /reports/review?partner=…&amp;from=…&amp;to=…[&amp;lang=en][&amp;format=xlsx]: the review report for kommunstyrelsen.
/// It holds names, emails and costs, so it is never open to the network. Standalone (a laptop) it answers callers on
/// this machine only, like the register browser. In Azure the function "reports" (route reports/review, authLevel
/// "function") puts /api/reports/review behind the Functions host's key check before the host proxies it here; the
/// key is for the international function's own tools, and people get the report in Teams (coordinators only) or from
/// the site's library "Rapporter", which SharePoint guards with the site's permissions.
/// </summary>
public static class ReviewReportEndpoints
{
    public const string Path = "/reports/review";

    /// <summary>The route of the Functions app's "reports" function (host.json's routePrefix is empty).</summary>
    public const string HostRoute = "api/reports/review";

    /// <summary>Where a saved copy in the document library is, when there is one.</summary>
    public const string SavedToHeader = "X-Saved-To";

    /// <summary>The review at <see cref="Path"/>; the host decides who may call it.</summary>
    public static RouteHandlerBuilder MapReviewReports(this IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, (HttpRequest request) => HandleAsync(request));

    /// <summary>One request for the review, with the request's services and query: the "reports" function and the standalone route alike.</summary>
    public static Task<IResult> HandleAsync(HttpRequest request)
    {
        var query = request.Query;
        var services = request.HttpContext.RequestServices;
        return HandleAsync(request.HttpContext, query["partner"], query["from"], query["to"], query["lang"], query["format"],
            services.GetRequiredService<IListStore>(), services.GetRequiredService<IReviewReports>(), request.HttpContext.RequestAborted);
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, string? partner, string? from, string? to, string? lang, string? format, IListStore store, IReviewReports reports, CancellationToken cancellationToken)
    {
        var texts = BrowserTexts.Register;
        var (query, problem) = ReviewQuery.Parse(partner, from, to, lang, format, texts);
        if (query is null)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: texts.BadRequestTitle);
        }

        if (await PartnerLookup.FindAsync(store, query.Partner, cancellationToken) is not { } partnerId)
        {
            return Results.Problem(texts.ReportUnknownPartner(query.Partner), statusCode: StatusCodes.Status404NotFound, title: texts.ReportUnknownPartnerTitle);
        }

        var request = new ReviewRequest(partnerId, query.From, query.To, query.Culture);
        ReviewDocument document;
        try
        {
            document = query.Workbook
                ? await reports.CreateWorkbookAsync(request, cancellationToken)
                : await reports.CreateAsync(request, cancellationToken);
        }
        catch (ItemNotFoundException)
        {
            // Removed meanwhile, or left without a title: not a partner the register can report on.
            return Results.Problem(texts.ReportUnknownPartner(query.Partner), statusCode: StatusCodes.Status404NotFound, title: texts.ReportUnknownPartnerTitle);
        }

        if (document.LibraryUrl is { } saved)
        {
            context.Response.Headers[SavedToHeader] = saved.AbsoluteUri;
        }

        return Results.File(document.Content, document.ContentType, document.FileName);
    }
}
