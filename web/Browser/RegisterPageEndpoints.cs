using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Register;
using PartnershipTeams.Reports.Review;
using PartnershipTeams.Reports.Spreadsheets;
using PartnershipTeams.Reports.Texts;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// The register browser's pages beyond the tables: /lists/{name}/{id} (an item, with links both ways; a partner gets
/// its overview), /lists/Partners/{id}/charts/{n}.png (the overview's charts) and /lists/{name}/export.xlsx (the list,
/// filtered as on the page, for Excel). Like the tables, for callers on this machine only.
/// </summary>
public static class RegisterPageEndpoints
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    public static RouteGroupBuilder MapRegisterPages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/lists");

        pages.MapGet("/{name}/export.xlsx", async (string name, string? partner, string? year, string? theme, string? status, string? overdue, string? withdrawn, IListStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (PartnershipLists.Find(name) is not { } schema)
            {
                return Html(StatusCodes.Status404NotFound, HtmlPage.Problem(Texts.NoSuchListTitle, Texts.NoSuchListBody(name)));
            }

            var (filter, problem) = ListFilter.Parse(schema, partner, year, theme, status, overdue, withdrawn);
            if (filter is null)
            {
                return Html(StatusCodes.Status400BadRequest, HtmlPage.Problem(Texts.BadRequestTitle, problem!));
            }

            var items = await ListReader.ReadAllAsync(store, schema.Name, cancellationToken);
            var context = await FilterContext.LoadAsync(store, cancellationToken);
            var shown = filter.Apply(schema, items, context.PlanPartners, BusinessTimeZone.Today(time));
            var titles = await LookupTitlesByColumnAsync(store, schema, cancellationToken);
            var table = ListTable.Of(schema, shown, titles, Texts.Domain);
            return Results.File(WorkbookWriter.Write([table], schema.TitleSv), Core.Reports.ReviewDocument.ExcelType, $"{schema.TitleSv}.xlsx");
        });

        pages.MapGet("/{name}/{id:int}", async (string name, int id, HttpRequest request, IListStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (PartnershipLists.Find(name) is not { } schema)
            {
                return Html(StatusCodes.Status404NotFound, HtmlPage.Problem(Texts.NoSuchListTitle, Texts.NoSuchListBody(name)));
            }

            var (sections, pageProblem) = SectionPages.Parse(request);
            if (sections is null)
            {
                return Html(StatusCodes.Status400BadRequest, HtmlPage.Problem(Texts.BadRequestTitle, pageProblem!));
            }

            ListItem item;
            try
            {
                item = await store.GetAsync(schema.Name, id, cancellationToken);
            }
            catch (ItemNotFoundException)
            {
                return Html(StatusCodes.Status404NotFound, HtmlPage.Problem(Texts.NoSuchItemTitle, Texts.NoSuchItemBody(schema.TitleSv, id)));
            }

            if (schema.Name == PartnersList.Name)
            {
                var (register, review, period) = await ReviewOfAsync(store, id, time, cancellationToken);
                var partnerCells = new CellText(await LookupTitles.LoadAsync(store, schema, cancellationToken), Texts.Domain);
                return Html(StatusCodes.Status200OK, PartnerOverviewRenderer.Render(item, partnerCells, register, review, period, BusinessTimeZone.Today(time), sections));
            }

            var related = new List<ItemPageRenderer.Related>();
            foreach (var other in PartnershipLists.All)
            {
                foreach (var column in other.Columns.Where(c => c.Type == ColumnType.Lookup && c.LookupList == schema.Name))
                {
                    var pointing = (await ListReader.ReadAllAsync(store, other.Name, cancellationToken)).Where(i => i.LookupId(column.Name) == id).ToList();
                    related.Add(new ItemPageRenderer.Related(other, column, pointing));
                }
            }

            var cells = new CellText(await LookupTitles.LoadAsync(store, schema, cancellationToken), Texts.Domain);
            return Html(StatusCodes.Status200OK, ItemPageRenderer.Render(schema, item, cells, related, sections));
        });

        pages.MapGet("/Partners/{id:int}/charts/{chart:int}.png", async (int id, int chart, IListStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            try
            {
                var (_, review, _) = await ReviewOfAsync(store, id, time, cancellationToken);
                var charts = PartnerOverviewRenderer.Charts(review);
                return chart < charts.Count
                    ? Results.File(ChartRenderer.RenderPng(charts[chart].Chart, Texts.Culture), "image/png")
                    : Results.NotFound();
            }
            catch (ItemNotFoundException)
            {
                return Results.NotFound();
            }
        });
        return pages;
    }

    /// <summary>The partner's register and its review for the current period (what the overview and its charts show).</summary>
    private static async Task<(PartnerRegister Register, ReviewContent Review, string Period)> ReviewOfAsync(IListStore store, int partnerId, TimeProvider time, CancellationToken cancellationToken)
    {
        var register = await new PartnerRegisterReader(store).ReadAsync(partnerId, cancellationToken);
        var today = BusinessTimeZone.Today(time);
        var period = ReviewPeriod.Choose(null, null, register.Partner.Value, register.Plans.Select(p => p.Value), today);
        var texts = ReportTexts.For(Texts.Culture);
        return (register, ReviewContentBuilder.Build(new ReviewContext(register, period, today, texts)), texts.Period(period));
    }

    private static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>>> LookupTitlesByColumnAsync(IListStore store, ListSchema schema, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<string, IReadOnlyDictionary<int, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in schema.Columns.Where(c => c.Type == ColumnType.Lookup))
        {
            var targets = await ListReader.ReadAllAsync(store, column.LookupList!, cancellationToken);
            titles[column.Name] = targets.ToDictionary(t => t.Id, t => t.Text("Title") ?? $"#{t.Id}");
        }

        return titles;
    }

    private static IResult Html(int status, string html) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
