using System.Globalization;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// The /lists page: every list with its Swedish name and how many items it holds, and, when there are any, the
/// submissions from Teams that could not be written to the register (kept aside, for a person to look at).
/// </summary>
public static class ListIndexRenderer
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    public static string Render(IEnumerable<(ListSchema Schema, int Count)> lists, IReadOnlyList<AcceptedSubmission> stuck)
    {
        var rows = string.Concat(lists.Select(l =>
            $"<tr><td><a href=\"/lists/{l.Schema.Name}\">{HtmlPage.Encode(l.Schema.TitleSv)}</a></td><td class=\"number\">{l.Count.ToString(CultureInfo.InvariantCulture)}</td></tr>"));
        var body = $"""
            <h1>{HtmlPage.Encode(Texts.IndexTitle)}</h1>
            <p class="muted">{HtmlPage.Encode(Texts.IndexIntro)}</p>
            {Stuck(stuck)}
            <table><thead><tr><th>{HtmlPage.Encode(Texts.ListHeader)}</th><th>{HtmlPage.Encode(Texts.CountHeader)}</th></tr></thead><tbody>{rows}</tbody></table>
            """;
        return HtmlPage.Render(Texts.IndexTitle, body);
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
        var headers = string.Concat(new[] { Texts.ReceivedHeader, Texts.TitleHeader, Texts.ReportedByHeader, Texts.AttemptsHeader, Texts.LastErrorHeader }
            .Select(h => $"<th>{HtmlPage.Encode(h)}</th>"));
        return $"""
            <section aria-labelledby="stuck"><h2 id="stuck">{HtmlPage.Encode(Texts.StuckHeading(stuck.Count))}</h2>
            <p>{HtmlPage.Encode(Texts.StuckBody)}</p>
            <table><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table></section>
            """;
    }
}
