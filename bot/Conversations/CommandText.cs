using System.Text.RegularExpressions;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>What the user typed, as a command: without @mentions and markup, trimmed, lower case.</summary>
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
        return Spaces().Replace(System.Net.WebUtility.HtmlDecode(withoutTags), " ").Trim().TrimEnd('.', '!', '?').ToLowerInvariant();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
