using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.TestSupport.Documents;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// Whether LibreOffice broke a word of a table over two lines: read back with <c>pdftotext -layout</c>, a broken word
/// ("Uppnåendem" / "ål") is two pieces, so the PDF holds that word fewer times than the document does. An email
/// address may break right after its "@", nowhere else.
/// </summary>
public static class BrokenWords
{
    public static async Task AssertNoneAsync(byte[] document)
    {
        using var word = new WordPackage(document);
        var everything = word.Headings.Select(h => h.Text).Concat(word.Paragraphs)
            .Concat(word.Tables.SelectMany(t => t.Descendants<Paragraph>().Select(WordPackage.ReaderText))).ToList();
        var cellWords = word.Tables.SelectMany(t => t.Descendants<Paragraph>().Select(WordPackage.ReaderText)).SelectMany(Tokens).ToHashSet(StringComparer.Ordinal);
        var inDocument = everything.SelectMany(Tokens).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var pdf = await LibreOffice.ConvertToPdfAsync(document, "review.docx");
        var layout = await LayoutTextAsync(pdf);
        var inPdf = Tokens(layout).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var broken = cellWords.Where(w => inPdf.GetValueOrDefault(w) < inDocument[w]).Order(StringComparer.Ordinal).ToList();
        Assert.True(broken.Count == 0, "Broken in the PDF: " + string.Join(", ", broken));
    }

    /// <summary>The pieces a reader sees: words between spaces; an email address broken after its "@" is two pieces in either text.</summary>
    private static IEnumerable<string> Tokens(string text) =>
        text.Replace('\u2011', '-').Replace("\u200b", string.Empty, StringComparison.Ordinal).Replace("@", "@ ", StringComparison.Ordinal)
            .Split((char[])[' ', '\n', '\r', '\f', '\u00a0', '\u202f'], StringSplitOptions.RemoveEmptyEntries);

    private static async Task<string> LayoutTextAsync(string pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", pdf, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }
}
