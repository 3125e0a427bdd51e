using System.Text.Encodings.Web;
using System.Text.Unicode;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>The page frame of the register browser: Swedish, readable, one small stylesheet, every text encoded.</summary>
public static class HtmlPage
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    private const string Style = """
        body{font-family:"Segoe UI",system-ui,sans-serif;margin:0;color:#242424;background:#f5f5f5}
        header{background:#464775;color:#fff;padding:12px 24px}
        header a{color:#fff;text-decoration:none;font-weight:600}
        nav{padding:8px 24px;background:#fff;border-bottom:1px solid #e0e0e0}
        nav a{margin-right:16px;color:#464775}
        nav a[aria-current]{font-weight:700}
        main{padding:16px 24px}
        table{border-collapse:collapse;background:#fff;font-size:14px}
        th,td{border:1px solid #e0e0e0;padding:6px 8px;text-align:left;vertical-align:top}
        th a{color:#242424;text-decoration:none}
        td.number{text-align:right}
        td.date{white-space:nowrap}
        .scroll{overflow-x:auto}
        .muted{color:#616161}
        .pages a{margin-right:8px}
        .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        caption{text-align:left;font-weight:600;padding:4px 0}
        .filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin:8px 0 12px}
        .filters .field{display:flex;flex-direction:column;gap:2px}
        .filters .field:has(input[type=checkbox]){flex-direction:row;align-items:center}
        .chart{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;margin:16px 0}
        figure{margin:0;background:#fff;padding:8px}
        img{max-width:100%;height:auto}
        a{color:#3b3a6b}
        .badge{display:inline-block;margin-left:6px;padding:0 6px;border-radius:4px;background:#fde7e9;color:#a4262c;font-size:12px;font-weight:600;white-space:nowrap}
        .notice{background:#fff;border-left:4px solid #a4262c;padding:8px 12px;max-width:60em}
        .notice .badge{margin-left:0}
        """;

    // Encodes markup characters and quotes but keeps Swedish and Chinese letters readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>Multi-line text with its line breaks kept: each line encoded (the encoder writes a newline as &amp;#xA;), joined by &lt;br&gt;.</summary>
    public static string EncodeLines(string text) =>
        string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(Encode));

    public static string Render(string title, string body, string? currentList = null)
    {
        var nav = string.Concat(BrowserNavigation.ManagerLists.Select(s =>
            $"<a href=\"/lists/{s.Name}\"{(s.Name == currentList ? " aria-current=\"page\"" : string.Empty)}>{Encode(s.TitleSv)}</a>"));
        return $"""
            <!DOCTYPE html>
            <html lang="{Texts.Culture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)} – PartnershipTeams</title><style>{Style}</style></head>
            <body>
            <header><a href="/lists">{Encode(Texts.SiteName)}</a></header>
            <nav aria-label="{Encode(Texts.ListsNavigation)}">{nav}</nav>
            <main>{body}</main>
            </body>
            </html>
            """;
    }

    public static string Problem(string title, string message) =>
        Render(title, $"<h1>{Encode(title)}</h1><p>{Encode(message)}</p><p><a href=\"/lists\">{Encode(Texts.BackToLists)}</a></p>");
}
