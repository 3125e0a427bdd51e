using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Review;
using PartnershipTeams.Reports.Texts;

namespace PartnershipTeams.Reports.Word;

/// <summary>
/// Writes the review as an accessible .docx (EN 301 549 / WCAG 2.1 AA as DOS-lagen asks): document title and language
/// in the package properties, the language on every run through the default style, real heading styles, captioned
/// tables with header rows, and alt text on every chart, whose figures also follow it as a table.
/// </summary>
public static partial class ReviewDocumentWriter
{
    public static byte[] Write(ReviewContent content, ReportTexts texts, DateTimeOffset created)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = content.Title;
            document.PackageProperties.Language = content.LanguageTag;
            document.PackageProperties.Creator = "PartnershipTeams";
            document.PackageProperties.Created = created.UtcDateTime;
            document.PackageProperties.Modified = created.UtcDateTime;

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create(content.LanguageTag);
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new ThemeFontLanguages { Val = content.LanguageTag });

            var body = new Body(
                Styled(WordStyles.Title, content.Title),
                Styled(WordStyles.Subtitle, content.Subtitle));
            uint imageId = 1;
            string? lastHeading = null;
            foreach (var block in content.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        body.Append(Styled(heading.Level == 1 ? WordStyles.Heading1 : WordStyles.Heading2, heading.Text));
                        lastHeading = heading.Text;
                        continue;
                    case ParagraphBlock paragraph:
                        body.Append(Styled(null, paragraph.Text));
                        break;
                    case TableBlock table:
                        // A caption right under a heading of the same words would be read twice; the table keeps it as tblCaption.
                        if (table.Table.Caption != lastHeading)
                        {
                            body.Append(Styled(WordStyles.Caption, table.Table.Caption));
                        }

                        body.Append(WordTable.Create(table.Table, texts.Culture));
                        body.Append(Styled(null, string.Empty));
                        break;
                    case ChartBlock chart:
                        var png = ChartRenderer.RenderPng(chart.Chart, texts.Culture);
                        var alt = ChartAltText.Shorten(ChartAltText.Of(chart.Chart, texts));
                        body.Append(WordImage.Create(main, png, ChartRenderer.Width, ChartRenderer.HeightFor(chart.Chart), imageId, chart.Chart.Title, alt));
                        imageId++;
                        break;
                }

                lastHeading = null;
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418, Right = 1418, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (text.Length > 0)
        {
            paragraph.Append(WholeDates(text));
        }

        return paragraph;
    }

    /// <summary>The text as one run in which a date's hyphens do not break ("2026-12-" / "07." is not a date a reader can read).</summary>
    private static Run WholeDates(string text)
    {
        var run = new Run();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match date in IsoDate().Matches(text))
        {
            run.Append(new Text(text[at..date.Index]) { Space = SpaceProcessingModeValues.Preserve });
            var parts = date.Value.Split('-');
            run.Append(new Text(parts[0]), new NoBreakHyphen(), new Text(parts[1]), new NoBreakHyphen(), new Text(parts[2]));
            at = date.Index + date.Length;
        }

        run.Append(new Text(text[at..]) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial System.Text.RegularExpressions.Regex IsoDate();
}
