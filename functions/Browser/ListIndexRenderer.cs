using System.Globalization;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Functions.Browser;

/// <summary>The /lists page: every list with its Swedish name and how many items it holds.</summary>
public static class ListIndexRenderer
{
    public static string Render(IEnumerable<(ListSchema Schema, int Count)> lists)
    {
        var rows = string.Concat(lists.Select(l =>
            $"<tr><td><a href=\"/lists/{l.Schema.Name}\">{HtmlPage.Encode(l.Schema.TitleSv)}</a></td><td class=\"number\">{l.Count.ToString(CultureInfo.InvariantCulture)}</td></tr>"));
        var body = $"""
            <h1>Vänortsregistret</h1>
            <p class="muted">Läsvy över listorna. Ändringar görs i SharePoint eller via Teams.</p>
            <table><thead><tr><th>Lista</th><th>Antal poster</th></tr></thead><tbody>{rows}</tbody></table>
            """;
        return HtmlPage.Render("Vänortsregistret", body);
    }
}
