namespace PartnershipTeams.Reports;

/// <summary>File names SharePoint, OneDrive and Teams accept: without " * : &lt; &gt; ? / \ | and control characters, trimmed, at most 120 characters.</summary>
public static class FileNames
{
    private const string Forbidden = "\"*:<>?/\\|#%";

    public static string Safe(string name)
    {
        var clean = new string([.. name.Select(c => char.IsControl(c) || Forbidden.Contains(c, StringComparison.Ordinal) ? ' ' : c)]);
        clean = string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        return clean.Length == 0 ? "rapport" : clean[..Math.Min(clean.Length, 120)];
    }
}
