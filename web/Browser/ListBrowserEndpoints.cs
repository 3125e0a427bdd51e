using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// The read-only register browser: /lists (an index) and /lists/{name} (a sortable table). It shows names and
/// emails without asking who you are, so it answers people on this machine only; managers elsewhere use SharePoint.
/// </summary>
public static class ListBrowserEndpoints
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    /// <summary>The page a caller the host does not let in gets (the host decides who may call: <c>LocalCallersOnly</c> standalone).</summary>
    public static IResult NoAccess() => Html(StatusCodes.Status403Forbidden, HtmlPage.Problem(Texts.NoAccessTitle, Texts.NoAccessBody));

    public static RouteGroupBuilder MapListBrowser(this IEndpointRouteBuilder endpoints)
    {
        var browser = endpoints.MapGroup("/lists");

        browser.MapGet(string.Empty, async (IListStore store, SubmissionLog submissions, CancellationToken cancellationToken) =>
        {
            var counts = new List<(ListSchema Schema, int Count)>();
            foreach (var schema in PartnershipLists.All)
            {
                counts.Add((schema, (await store.QueryAsync(schema.Name, ListQuery.All, cancellationToken)).Count));
            }

            var stuck = await submissions.WithStatusAsync(SubmissionStatus.Poison, cancellationToken);
            return Html(StatusCodes.Status200OK, ListIndexRenderer.Render(counts, stuck));
        });

        browser.MapGet("/{name}", async (string name, string? sort, string? dir, string? page, string? partner, string? year, string? theme, string? status, string? overdue, string? withdrawn,
            IListStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var schema = PartnershipLists.Find(name);
            if (schema is null)
            {
                return Html(StatusCodes.Status404NotFound, HtmlPage.Problem(Texts.NoSuchListTitle, Texts.NoSuchListBody(name)));
            }

            var request = ListPageRequest.Parse(schema, sort, dir, page);
            if (request.Problem is not null)
            {
                return Html(StatusCodes.Status400BadRequest, HtmlPage.Problem(Texts.BadRequestTitle, request.Problem));
            }

            var (filter, filterProblem) = ListFilter.Parse(schema, partner, year, theme, status, overdue, withdrawn);
            if (filter is null)
            {
                return Html(StatusCodes.Status400BadRequest, HtmlPage.Problem(Texts.BadRequestTitle, filterProblem!));
            }

            var items = await store.QueryAsync(schema.Name, ListQuery.All, cancellationToken);
            var context = await FilterContext.LoadAsync(store, cancellationToken);
            var lookups = await LookupTitles.LoadAsync(store, schema, cancellationToken);
            var cells = new CellText(lookups, Texts.Domain);
            var ordered = ItemOrdering.Sort(filter.Apply(schema, items, context.PlanPartners, Core.Time.BusinessTimeZone.Today(time)), request, cells);
            var form = FilterForm.Render(schema, filter, context.Partners, FilterContext.YearsOf(schema, items));
            var hidden = filter.Withdrawn ? 0 : items.Count(i => ItemMarks.IsWithdrawnVisit(schema, i));
            var note = hidden == 0 ? null : $"<p class=\"muted\">{HtmlPage.Encode(Texts.WithdrawnHidden(hidden))} <a href=\"/lists/{schema.Name}?{HtmlPage.Encode((filter with { Withdrawn = true }).Query)}\">{HtmlPage.Encode(Texts.FilterWithdrawn)}</a></p>";
            return Html(StatusCodes.Status200OK, ListTableRenderer.Render(schema, ordered, request, cells, filter, form, note));
        });
        return browser;
    }

    private static IResult Html(int status, string html) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
