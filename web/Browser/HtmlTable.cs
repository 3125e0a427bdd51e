using System.Text;

namespace PartnershipTeams.Web.Browser;

/// <summary>A small table with a caption and column headers (th scope="col"); cells are HTML the caller has encoded.</summary>
public static class HtmlTable
{
    public static string Render(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, bool captionVisible = false)
    {
        var html = new StringBuilder("<div class=\"scroll\"><table>");
        html.Append(captionVisible ? "<caption>" : "<caption class=\"visually-hidden\">").Append(HtmlPage.Encode(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(HtmlPage.Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    public static string Link(string href, string text) => $"<a href=\"{HtmlPage.Encode(href)}\">{HtmlPage.Encode(text)}</a>";
}
