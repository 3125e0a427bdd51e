using System.Text.RegularExpressions;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>What the user typed, as a command: without @mentions and markup, trimmed, lower case, without a closing "." "!" or "?" (a lone "?" stays).</summary>
public static partial class CommandText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var withoutMentions = Mention().Replace(text, " ");
        var withoutTags = Tag().Replace(withoutMentions, " ");
        var plain = Spaces().Replace(System.Net.WebUtility.HtmlDecode(withoutTags), " ").Trim().ToLowerInvariant();
        var withoutEndMark = plain.TrimEnd('.', '!', '?');
        return withoutEndMark.Length > 0 ? withoutEndMark : plain;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
