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

    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uFFFD');
}
