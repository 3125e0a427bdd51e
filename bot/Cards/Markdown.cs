using System.Text;

namespace PartnershipTeams.Bot.Cards;

/// <summary>Escapes user text for Teams' markdown, so a name like "*Li_Wei*" or "[link](x)" shows as typed.</summary>
public static class Markdown
{
    // Characters that start emphasis, code, links, HTML or headings; '-' and '+' (list markers) only at a line's start.
    private const string Special = "\\`*_[]<>|~#";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || (lineStart && c is '-' or '+'))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n';
        }

        return escaped.ToString();
    }
}
