using DocumentFormat.OpenXml.Wordprocessing;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// The styles of an exported DOCX: Word's own built-in style ids (Heading1, Heading2, Heading3,
/// ListParagraph), so the document outline, navigation pane and ATS parsers see real headings.
/// </summary>
internal static class DocxStyles
{
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-US" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading(Heading1, "heading 1", 0, before: "0", after: "40", size: "40", caps: false, border: false),
        Heading(Heading2, "heading 2", 1, before: "240", after: "80", size: "24", caps: true, border: true),
        Heading(Heading3, "heading 3", 2, before: "160", after: "20", size: "22", caps: false, border: false),
        new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new UIPriority { Val = 34 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "720" }, new ContextualSpacing()))
        { Type = StyleValues.Paragraph, StyleId = ListParagraph },
        new Style(
            new StyleName { Val = "Quote" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 29 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "567" }),
            new StyleRunProperties(new Italic()))
        { Type = StyleValues.Paragraph, StyleId = Quote });

    private static Style Heading(string id, string name, int outline, string before, string after, string size, bool caps, bool border)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (border)
        {
            paragraph.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "808080" }));
        }

        paragraph.Append(new SpacingBetweenLines { Before = before, After = after }, new OutlineLevel { Val = outline });
        var run = new StyleRunProperties(new Bold(), new BoldComplexScript());
        if (caps)
        {
            run.Append(new Caps());
        }

        run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            paragraph,
            run)
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
