using DocumentFormat.OpenXml.Wordprocessing;

namespace PartnershipTeams.Reports.Word;

/// <summary>
/// The document's styles: Normal in the document's language, Title, real Heading 1 and 2 (with outline levels, so
/// readers and screen readers navigate by them), Caption, and a bordered table style. Style ids are Word's built-in ones.
/// </summary>
public static class WordStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Caption = "Caption";
    public const string Table = "TableGrid";
    private const string Font = "Calibri";

    public static Styles Create(string languageTag) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "22" },
                new Languages { Val = languageTag, EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, null, isDefault: true),
        Paragraph(Title, "Title", 0, new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "48" })),
        Paragraph(Subtitle, "Subtitle", null, new RunProperties(new Italic(), new Color { Val = "404040" }, new FontSize { Val = "24" })),
        Paragraph(Heading1, "heading 1", 0, new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "32" }), keepNext: true, before: "360"),
        Paragraph(Heading2, "heading 2", 1, new RunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "26" }), keepNext: true, before: "240"),
        Paragraph(Caption, "caption", null, new RunProperties(new Bold(), new FontSize { Val = "20" }), keepNext: true),
        new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table });

    private static Style Paragraph(string id, string name, int? outlineLevel, RunProperties? run, bool isDefault = false, bool keepNext = false, string? before = null)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        if (before is not null)
        {
            paragraph.Append(new SpacingBetweenLines { Before = before, After = "120" });
        }

        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var style = new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (!isDefault)
        {
            style.InsertAfter(new BasedOn { Val = "Normal" }, style.StyleName);
            style.InsertAfter(new NextParagraphStyle { Val = "Normal" }, style.GetFirstChild<BasedOn>());
        }

        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.Select(e => e.CloneNode(true))));
        }

        return style;
    }
}
