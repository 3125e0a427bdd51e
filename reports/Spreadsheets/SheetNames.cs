namespace PartnershipTeams.Reports.Spreadsheets;

/// <summary>Sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
public sealed class SheetNames
{
    private const int MaxLength = 31;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string caption)
    {
        var replaced = new string([.. caption.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]);
        var clean = string.Join(' ', replaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'');
        var name = clean.Length == 0 ? "Blad" : clean[..Math.Min(clean.Length, MaxLength)];
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = clean[..Math.Min(clean.Length, MaxLength - suffix.Length)] + suffix;
        }

        return name;
    }
}
