using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PartnershipTeams.Reports.Tests;

/// <summary>What a test reads out of a .docx with the Open XML SDK: validation errors, title, language, headings, tables, alt texts.</summary>
public sealed class WordPackage : IDisposable
{
    private readonly WordprocessingDocument document;

    public WordPackage(byte[] bytes) => document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    public IReadOnlyList<string> ValidationErrors =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    public string? Title => document.PackageProperties.Title;

    public string? PackageLanguage => document.PackageProperties.Language;

    public string? DefaultLanguage =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<Languages>()?.Val?.Value;

    private Body Body => document.MainDocumentPart!.Document!.Body!;

    public IReadOnlyList<(string Style, string Text)> Headings =>
        [.. Body.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty, ReaderText(p)))
            .Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal) || p.Style == "Title")];

    /// <summary>Every heading style has an outline level, which makes it a heading to readers, not just big text.</summary>
    public IReadOnlyDictionary<string, int?> OutlineLevels =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Where(s => s.StyleId?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value);

    public IReadOnlyList<Table> Tables => [.. Body.Elements<Table>()];

    /// <summary>The text of every body paragraph that is not a heading, in order.</summary>
    public IReadOnlyList<string> Paragraphs =>
        [.. Body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is not { } style || !(style.StartsWith("Heading", StringComparison.Ordinal) || style == "Title"))
            .Select(ReaderText)
            .Where(t => t.Length > 0)];

    /// <summary>A paragraph's text as a reader sees it: a non-breaking hyphen (w:noBreakHyphen, as in dates) is a hyphen.</summary>
    public static string ReaderText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, NoBreakHyphen => "-", _ => string.Empty }));

    public IReadOnlyList<DW.DocProperties> Images => [.. Body.Descendants<DW.DocProperties>()];

    /// <summary>The body's top-level elements in order, as "H1:text", "P", "Image", "Table:caption".</summary>
    public IReadOnlyList<string> Outline =>
        [.. Body.ChildElements.Select(e => e switch
        {
            Table t => "Table:" + t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value,
            Paragraph p when p.Descendants<DW.DocProperties>().Any() => "Image",
            Paragraph p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "P") + ":" + ReaderText(p),
            _ => e.LocalName,
        })];

    public void Dispose() => document.Dispose();
}
