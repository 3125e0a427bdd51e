using System.Globalization;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.TestSupport.Documents;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// An independent reader opens the report: LibreOffice headless converts it to PDF and pdftotext reads it back, so a
/// document that Word-compatible readers cannot open, or that loses its text on the way, fails the build.
/// </summary>
public sealed class ReviewDocumentReaderTests(ReviewRegister register) : IClassFixture<ReviewRegister>
{
    [Fact]
    public async Task LibreOfficeConvertsTheReportToPdf_WithEverySectionAndItsFigures()
    {
        var document = await register.Generator()
            .CreateAsync(new ReviewRequest(register.Guangzhou, null, null, CultureInfo.GetCultureInfo("sv")), CancellationToken.None);

        var pdf = await LibreOffice.ConvertToPdfAsync(document.Content, "review.docx");
        var text = Normalize(await LibreOffice.PdfTextAsync(pdf));
        var info = await LibreOffice.PdfInfoAsync(pdf);

        Assert.Contains("Title: Översyn av samarbetet med Guangzhou 2015–2018", Normalize(info), StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            "Översyn av samarbetet med Guangzhou 2015–2018",
            "Sammanfattning", "systerort", "1997-01-01", "Handlingsplan Guangzhou",
            "Uppnåendemål", "Fler kinesiska övernattningar i Linköping", "Färre charterflyg än väntat",
            "Aktiviteter per tematiskt område", "Energi", "Tekniska verken",
            "Besök och delegationsresor", "Besök per år", "Besök från vänorten",
            "Demokrati och mänskliga rättigheter", "Programmet hann inte med presentationen.",
            "Kostnader per organisation", "18 500,00 kr", "4 200,50 kr", "64 000 kr",
            "Försenade uppföljningar", "Översyn av relationen inför nytt samverkansavtal",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    /// <summary>pdftotext writes the non-breaking space of "18 500 kr" as a plain space, and may break lines anywhere.</summary>
    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
