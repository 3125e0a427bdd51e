using System.Globalization;

namespace PartnershipTeams.Reports.Word;

/// <summary>
/// A table's column widths and its font size, from what its columns hold: every column first gets its widest word
/// (which must never be broken: "Uppnåendemål", "Utbildningsförvaltningen", a date, an amount; an email address may
/// break after its "@"), then what is left goes to the columns with longer texts. A table whose words do not fit at
/// 9 pt is set at 8 pt, then 7 pt.
/// </summary>
public sealed record ColumnWidths(IReadOnlyList<int> Twips, int HalfPoints)
{
    /// <summary>Left and right cell margins of the table style, in points, plus a little air.</summary>
    private const double CellPadding = 8 + 3;

    private static readonly double[] FontSizes = [9, 8, 7];

    public static ColumnWidths Of(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int textWidthTwips)
    {
        var available = textWidthTwips / 20.0;
        foreach (var size in FontSizes)
        {
            var columns = Measure(headers, rows, size);
            if (columns.Sum(c => c.Need) <= available || size == FontSizes[^1])
            {
                return new ColumnWidths(Distribute(columns, available, textWidthTwips), (int)(size * 2));
            }
        }

        throw new InvalidOperationException("Unreachable: the smallest size always returns.");
    }

    private static List<(double Need, double Want)> Measure(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, double size)
    {
        using var width = TextWidth.At(size);
        return [.. headers.Select((header, i) =>
        {
            var cells = rows.Select(r => i < r.Count ? r[i] : string.Empty).ToList();
            var widestWord = cells.SelectMany(Words).Select(w => width.Points(w, bold: false))
                .Append(Words(header).Max(w => width.Points(w, bold: true))).Max();
            var longestLine = cells.SelectMany(c => c.Split('\n')).Select(l => width.Points(l, bold: false))
                .Append(width.Points(header, bold: true)).Max();
            return (Need: widestWord + CellPadding, Want: Math.Max(widestWord, Math.Min(longestLine, 200)) + CellPadding);
        })];
    }

    /// <summary>The pieces a line may break between: words, and an email address's two halves.</summary>
    public static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < w.Length - 1 ? [w[..(at + 1)], w[(at + 1)..]] : new[] { w });

    /// <summary>
    /// The text as the document writes it in column <paramref name="column"/>: an email address too wide for it
    /// may break after its "@" (a zero-width space), and nowhere else.
    /// </summary>
    public string Breakable(string text, int column)
    {
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        var room = Twips[column] / 20.0 - CellPadding;
        using var width = TextWidth.At(HalfPoints / 2.0);
        return string.Join(' ', text.Split(' ').Select(w =>
            w.Contains('@', StringComparison.Ordinal) && width.Points(w, bold: false) > room ? w.Replace("@", "@\u200b", StringComparison.Ordinal) : w));
    }

    private static int[] Distribute(List<(double Need, double Want)> columns, double available, int textWidthTwips)
    {
        var spare = Math.Max(0, available - columns.Sum(c => c.Need));
        var extra = columns.Sum(c => c.Want - c.Need);
        var points = columns.Select(c => c.Need + (extra > 0 ? Math.Min(c.Want - c.Need, spare * (c.Want - c.Need) / extra) : 0)).ToList();
        var total = Math.Max(points.Sum(), available);
        return [.. points.Select(p => (int)(textWidthTwips * p / total))];
    }

    public override string ToString() => string.Join(' ', Twips.Select(t => t.ToString(CultureInfo.InvariantCulture)));
}
