using System.Globalization;
using System.Text;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>One list as an HTML table with Swedish column titles; each title sorts by its column.</summary>
public static class ListTableRenderer
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    public static string Render(ListSchema schema, IReadOnlyList<ListItem> items, ListPageRequest request, CellText cells, ListFilter? filter = null, string? filterForm = null, string? note = null)
    {
        var filterQuery = filter is { IsEmpty: false } ? "&amp;" + HtmlPage.Encode(filter.Query) : string.Empty;
        var pageCount = Math.Max(1, (items.Count + ListPageRequest.PageSize - 1) / ListPageRequest.PageSize);
        var page = Math.Min(request.Page, pageCount);
        var shown = items.Skip((page - 1) * ListPageRequest.PageSize).Take(ListPageRequest.PageSize).ToList();

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlPage.Encode(schema.TitleSv)}</h1>");
        html.Append(filterForm);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{Summary(items.Count, page, shown.Count)} <a href=\"/lists/{schema.Name}/export.xlsx{(filterQuery.Length > 0 ? "?" + filterQuery[5..] : string.Empty)}\">{HtmlPage.Encode(Texts.ExportXlsx)}</a></p>");
        html.Append(note); // what the list leaves out unless asked (withdrawn visits), as HTML
        html.Append("<div class=\"scroll\"><table><thead><tr>").Append(Header(schema, "Id", Texts.IdHeader, request, filterQuery));
        foreach (var column in schema.Columns)
        {
            html.Append(Header(schema, column.Name, column.TitleSv, request, filterQuery));
        }

        html.Append("</tr></thead><tbody>");
        foreach (var item in shown)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"number\">{item.Id}</td>");
            foreach (var column in schema.Columns)
            {
                var css = column.Type switch
                {
                    ColumnType.Number => " class=\"number\"",
                    ColumnType.Date or ColumnType.DateTime => " class=\"date\"",
                    _ => string.Empty,
                };
                var text = HtmlPage.EncodeLines(cells.Of(item, column));
                html.Append(CultureInfo.InvariantCulture, $"<td{css}>{(column.Name == "Title" ? $"<a href=\"/lists/{schema.Name}/{item.Id}\">{text}</a>{ItemMarks.Badge(schema, item)}" : text)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>").Append(Pages(schema, request, page, pageCount, filterQuery));
        return HtmlPage.Render(schema.TitleSv, html.ToString(), schema.Name);
    }

    private static string Summary(int total, int page, int shown) => total == 0
        ? Texts.EmptyList
        : Texts.Showing(((page - 1) * ListPageRequest.PageSize) + 1, ((page - 1) * ListPageRequest.PageSize) + shown, total);

    private static string Header(ListSchema schema, string column, string title, ListPageRequest request, string filterQuery)
    {
        var sortedHere = string.Equals(request.SortColumn?.Name ?? "Id", column, StringComparison.OrdinalIgnoreCase);
        var nextDescending = sortedHere && !request.Descending;
        var marker = sortedHere ? (request.Descending ? " ▼" : " ▲") : string.Empty;
        var ariaSort = sortedHere ? $" aria-sort=\"{(request.Descending ? "descending" : "ascending")}\"" : string.Empty;
        return $"<th{ariaSort}><a href=\"/lists/{schema.Name}?sort={column}&amp;dir={(nextDescending ? "desc" : "asc")}{filterQuery}\">{HtmlPage.Encode(title)}{marker}</a></th>";
    }

    private static string Pages(ListSchema schema, ListPageRequest request, int page, int pageCount, string filterQuery)
    {
        if (pageCount == 1)
        {
            return string.Empty;
        }

        var sort = request.SortColumn?.Name ?? "Id";
        var dir = request.Descending ? "desc" : "asc";
        var links = Enumerable.Range(1, pageCount).Select(p => p == page
            ? $"<strong>{p}</strong>"
            : $"<a href=\"/lists/{schema.Name}?sort={sort}&amp;dir={dir}&amp;page={p}{filterQuery}\">{p}</a>");
        return $"<p class=\"pages\">{HtmlPage.Encode(Texts.PagesLabel)} {string.Join(' ', links)}</p>";
    }
}
