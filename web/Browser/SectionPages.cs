using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// The sections of a register page (a partner's visits, a plan's activities) a page of <see cref="PageSize"/> rows at a
/// time, each with its own page parameter (<c>pastPage=2</c>), so a page stays a size a browser and a person can take
/// however much the register holds. Previous and next links keep the page's other query parameters, escaped.
/// </summary>
public sealed class SectionPages
{
    public const int PageSize = 25;

    /// <summary>How a section's page parameter ends: <c>pastPage</c>, <c>goalsPage</c>.</summary>
    private const string Suffix = "Page";

    private static readonly BrowserTexts Texts = BrowserTexts.Register;
    private readonly string path;
    private readonly List<KeyValuePair<string, string>> parameters;
    private readonly Dictionary<string, int> pages;

    private SectionPages(string path, List<KeyValuePair<string, string>> parameters, Dictionary<string, int> pages)
    {
        this.path = path;
        this.parameters = parameters;
        this.pages = pages;
    }

    /// <summary>The sections' pages as the request asks for them, or the problem with a page number (a 400).</summary>
    public static (SectionPages? Pages, string? Problem) Parse(HttpRequest request)
    {
        var parameters = request.Query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))).ToList();
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters.Where(p => p.Key.EndsWith(Suffix, StringComparison.Ordinal)))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
            {
                return (null, Texts.InvalidPage);
            }

            pages[name[..^Suffix.Length]] = page;
        }

        return (new SectionPages(request.Path.Value ?? "/", parameters, pages), null);
    }

    /// <summary>Every section on its first page (a page rendered outside a request).</summary>
    public static SectionPages FirstPages(string path) => new(path, [], new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>One section on the given page, the others on their first (a page rendered outside a request).</summary>
    public static SectionPages On(string path, string key, int page) =>
        new(path, [new(key + Suffix, page.ToString(CultureInfo.InvariantCulture))], new Dictionary<string, int>(StringComparer.Ordinal) { [key] = page });

    /// <summary>A section's heading and its current page of rows as a table (rows made only for that page), with its links.</summary>
    public string Section<T>(string key, string heading, IReadOnlyList<string> headers, IReadOnlyCollection<T> items, Func<T, IReadOnlyList<string>> row, int level = 2)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h{level} id=\"{key}\">").Append(HtmlPage.Encode(heading)).Append(CultureInfo.InvariantCulture, $"</h{level}>");
        if (items.Count == 0)
        {
            return html.Append("<p class=\"muted\">").Append(HtmlPage.Encode(Texts.NothingHere)).Append("</p>").ToString();
        }

        var pageCount = (items.Count + PageSize - 1) / PageSize;
        var page = Math.Min(pages.GetValueOrDefault(key, 1), pageCount);
        var shown = items.Skip((page - 1) * PageSize).Take(PageSize).Select(row).ToList();
        html.Append(HtmlTable.Render(heading, headers, shown));
        if (pageCount > 1)
        {
            var first = ((page - 1) * PageSize) + 1;
            html.Append("<p class=\"pages\">").Append(HtmlPage.Encode(Texts.Showing(first, first + shown.Count - 1, items.Count)));
            if (page > 1)
            {
                html.Append(' ').Append(Link(key, page - 1, Texts.PreviousPage));
            }

            if (page < pageCount)
            {
                html.Append(' ').Append(Link(key, page + 1, Texts.NextPage));
            }

            html.Append("</p>");
        }

        return html.ToString();
    }

    /// <summary>This page with the section on another page: every other parameter kept, in order, each escaped.</summary>
    private string Link(string key, int page, string text)
    {
        var name = key + Suffix;
        var query = parameters.Where(p => p.Key != name)
            .Append(new KeyValuePair<string, string>(name, page.ToString(CultureInfo.InvariantCulture)))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}");
        return HtmlTable.Link($"{path}?{string.Join('&', query)}#{key}", text);
    }
}
