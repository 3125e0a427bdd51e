namespace PartnershipTeams.Core.Schema;

/// <summary>
/// Text SharePoint can store: the characters XML 1.0 allows (tab, line breaks and everything from space on,
/// without U+FFFE/U+FFFF), with surrogates only in pairs. Other control characters make the write fail.
/// </summary>
public static class StorableText
{
    public static bool IsStorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The text cut to fit a column of <paramref name="limit"/> characters (a single line of text holds 255), never
    /// between the two halves of a character outside the basic plane.
    /// </summary>
    public static string Fit(string text, int limit = ColumnDefinition.TextLimit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..end];
    }

    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uFFFD');
}
