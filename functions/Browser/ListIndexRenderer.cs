using System.Globalization;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Functions.Browser;

/// <summary>
/// The /lists page: every list with its Swedish name and how many items it holds, and, when there are any, the
/// submissions from Teams that could not be written to the register (kept aside, for a person to look at).
/// </summary>
public static class ListIndexRenderer
{
    public static string Render(IEnumerable<(ListSchema Schema, int Count)> lists, IReadOnlyList<AcceptedSubmission> stuck)
    {
        var rows = string.Concat(lists.Select(l =>
            $"<tr><td><a href=\"/lists/{l.Schema.Name}\">{HtmlPage.Encode(l.Schema.TitleSv)}</a></td><td class=\"number\">{l.Count.ToString(CultureInfo.InvariantCulture)}</td></tr>"));
        var body = $"""
            <h1>Vänortsregistret</h1>
            <p class="muted">Läsvy över listorna. Ändringar görs i SharePoint eller via Teams.</p>
            {Stuck(stuck)}
            <table><thead><tr><th>Lista</th><th>Antal poster</th></tr></thead><tbody>{rows}</tbody></table>
            """;
        return HtmlPage.Render("Vänortsregistret", body);
    }

    private static string Stuck(IReadOnlyList<AcceptedSubmission> stuck)
    {
        if (stuck.Count == 0)
        {
            return string.Empty;
        }

        var rows = string.Concat(stuck.OrderBy(s => s.ReceivedAt).Select(s =>
            $"<tr><td class=\"date\">{BusinessTimeZone.ToLocal(s.ReceivedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td>" +
            $"<td>{HtmlPage.Encode(s.Title)}</td><td>{HtmlPage.Encode(s.ReportedBy)}</td>" +
            $"<td class=\"number\">{s.Attempts.ToString(CultureInfo.InvariantCulture)}</td><td>{HtmlPage.Encode(s.LastError ?? string.Empty)}</td></tr>"));
        var count = stuck.Count == 1 ? "1 inlämning" : $"{stuck.Count.ToString(CultureInfo.InvariantCulture)} inlämningar";
        return $"""
            <section aria-labelledby="stuck"><h2 id="stuck">Kräver åtgärd: {count} från Teams nådde inte registret</h2>
            <p>De bekräftades för användaren men kunde inte skrivas efter upprepade försök. Inget är raderat; rätta orsaken och be om en ny rapport, eller för in uppgifterna i listan för hand.</p>
            <table><thead><tr><th>Mottagen</th><th>Rubrik</th><th>Rapporterad av</th><th>Försök</th><th>Senaste fel</th></tr></thead><tbody>{rows}</tbody></table></section>
            """;
    }
}
