namespace PartnershipTeams.Reports.Spreadsheets;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. A longer caption is
/// shortened to its first whole words, never cut mid-word nor left ending on "och" or "per".
/// </summary>
public sealed class SheetNames
{
    private const int MaxLength = 31;

    /// <summary>Words a name cannot end on without reading as cut off.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "och", "per", "av", "under", "till", "för", "med", "i", "om", "från", "som", "inte", "den", "det",
        "and", "per", "of", "in", "the", "by", "for", "to", "from", "with", "at", "not",
    };

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string caption)
    {
        var replaced = new string([.. caption.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]);
        var clean = string.Join(' ', replaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Blad";
        }

        var name = Shorten(clean, MaxLength);
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Shorten(clean, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    /// <summary>The caption's first whole words that fit; a single word longer than the room is the only thing ever cut.</summary>
    private static string Shorten(string text, int room)
    {
        if (text.Length <= room)
        {
            return text;
        }

        var words = new List<string>();
        foreach (var word in text.Split(' '))
        {
            if (words.Sum(w => w.Length + 1) + word.Length > room)
            {
                break;
            }

            words.Add(word);
        }

        while (words.Count > 1 && Connectives.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? text[..room] : string.Join(' ', words);
    }
}
