using System.Diagnostics;

namespace PartnershipTeams.TestSupport.Documents;

/// <summary>
/// An independent reader of Word documents: LibreOffice headless (Debian libreoffice-writer-nogui) converts to PDF,
/// poppler's pdftotext and pdftoppm read the PDF back as text or PNG pages. The test command installs both.
/// </summary>
public static class LibreOffice
{
    public const string Soffice = "/usr/bin/soffice";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Converts a document to PDF in a folder of its own (its own LibreOffice profile, so tests may run side by side).</summary>
    public static async Task<string> ConvertToPdfAsync(byte[] document, string fileName)
    {
        if (!File.Exists(Soffice))
        {
            throw new InvalidOperationException($"{Soffice} is missing: run the README's test command, which installs Debian's libreoffice-writer-nogui.");
        }

        var folder = Directory.CreateTempSubdirectory("pt-lo-").FullName;
        var input = Path.Combine(folder, fileName);
        await File.WriteAllBytesAsync(input, document);
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        await RunAsync(Soffice, $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, input);
        var pdf = Path.ChangeExtension(input, ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException($"LibreOffice wrote no PDF for {fileName}.");
    }

    /// <summary>The PDF's text, in reading order.</summary>
    public static Task<string> PdfTextAsync(string pdf) => RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>The PDF's metadata (Title, Pages, …) as pdfinfo prints it.</summary>
    public static Task<string> PdfInfoAsync(string pdf) => RunAsync("pdfinfo", pdf);

    /// <summary>Pages first..last as PNG files named {prefix}-{n}.png.</summary>
    public static async Task<IReadOnlyList<string>> PdfPagesAsPngAsync(string pdf, string prefix, int first, int last, int dpi = 80)
    {
        await RunAsync("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{first}", "-l", $"{last}", pdf, prefix);
        var folder = Path.GetDirectoryName(prefix)!;
        return [.. Directory.GetFiles(folder, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal)];
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await errors}");
    }
}
