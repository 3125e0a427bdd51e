using System.Text;

namespace PartnershipTeams.Bot.Cards;

/// <summary>Escapes user text for Teams' markdown, so a name like "*Li_Wei*" or "[link](x)" shows as typed.</summary>
public static class Markdown
{
    private const string Special = "\\`*_{}[]()#+-.!<>|~";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
