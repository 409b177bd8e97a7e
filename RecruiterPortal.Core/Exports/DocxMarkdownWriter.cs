using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// Writes a parsed Markdown resume as Word paragraphs: headings in heading styles, lists as real
/// numbered or bulleted lists, emphasis as bold and italic runs, links as their text and address.
/// </summary>
internal sealed class DocxMarkdownWriter(Body body, DocxNumbering numbering)
{
    public void Write(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            WriteBlock(block, listLevel: -1, numberId: 0, style: null);
        }
    }

    private void WriteBlock(Block block, int listLevel, int numberId, string? style)
    {
        switch (block)
        {
            case HeadingBlock heading:
                body.Append(Paragraph(heading.Inline, heading.Level switch
                {
                    1 => DocxStyles.Heading1,
                    2 => DocxStyles.Heading2,
                    _ => DocxStyles.Heading3,
                }));
                break;
            case ParagraphBlock paragraph:
                body.Append(Paragraph(paragraph.Inline, style, listLevel, numberId));
                break;
            case ListBlock list:
                WriteList(list, listLevel + 1);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(child, listLevel, numberId, DocxStyles.Quote);
                }

                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    body.Append(TextParagraph(line.Slice.ToString(), style, mono: true));
                }

                break;
            case ThematicBreakBlock:
                body.Append(TextParagraph("", style, mono: false));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                body.Append(TextParagraph(leaf.Lines.ToString(), style, mono: false));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(child, listLevel, numberId, style);
                }

                break;
        }
    }

    private void WriteList(ListBlock list, int level)
    {
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var n) ? n : 1;
        var id = numbering.AddList(list.IsOrdered, start);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (child is ListBlock nested)
                {
                    WriteList(nested, level + 1);
                }
                else
                {
                    // Only an item's first paragraph carries the bullet; the rest line up under it.
                    WriteBlock(child, first ? level : -1, first ? id : 0, DocxStyles.ListParagraph);
                }

                first = false;
            }
        }
    }

    private static Paragraph Paragraph(ContainerInline? inlines, string? style, int listLevel = -1, int numberId = 0)
    {
        var paragraph = new Paragraph(Properties(style, listLevel, numberId));
        if (inlines is not null)
        {
            AppendInlines(paragraph, inlines, bold: false, italic: false);
        }

        return paragraph;
    }

    private static Paragraph TextParagraph(string text, string? style, bool mono)
    {
        var paragraph = new Paragraph(Properties(style, -1, 0));
        paragraph.Append(TextRun(text, bold: false, italic: false, mono));
        return paragraph;
    }

    private static ParagraphProperties Properties(string? style, int listLevel, int numberId)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (listLevel >= 0 && numberId > 0)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = Math.Min(listLevel, 8) }, new NumberingId { Val = numberId }));
        }

        return properties;
    }

    private static void AppendInlines(Paragraph paragraph, ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    paragraph.Append(TextRun(literal.Content.ToString(), bold, italic, mono: false));
                    break;
                case EmphasisInline emphasis:
                    AppendInlines(paragraph, emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount is 1 or 3);
                    break;
                case CodeInline code:
                    paragraph.Append(TextRun(code.Content, bold, italic, mono: true));
                    break;
                case LinkInline link:
                    var text = PlainText(link);
                    paragraph.Append(TextRun(text, bold, italic, mono: false));
                    if (!link.IsImage && !string.IsNullOrWhiteSpace(link.Url) && !string.Equals(link.Url, text, StringComparison.OrdinalIgnoreCase))
                    {
                        paragraph.Append(TextRun($" ({link.Url})", bold, italic, mono: false));
                    }

                    break;
                case AutolinkInline autolink:
                    paragraph.Append(TextRun(autolink.Url, bold, italic, mono: false));
                    break;
                case LineBreakInline lineBreak:
                    paragraph.Append(lineBreak.IsHard ? new Run(new Break()) : TextRun(" ", bold, italic, mono: false));
                    break;
                case HtmlEntityInline entity:
                    paragraph.Append(TextRun(entity.Transcoded.ToString(), bold, italic, mono: false));
                    break;
                case HtmlInline html:
                    paragraph.Append(TextRun(html.Tag, bold, italic, mono: false));
                    break;
                case ContainerInline nested:
                    AppendInlines(paragraph, nested, bold, italic);
                    break;
            }
        }
    }

    private static string PlainText(ContainerInline container)
    {
        var sb = new StringBuilder();
        foreach (var inline in container.Descendants())
        {
            sb.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                _ => "",
            });
        }

        return sb.ToString();
    }

    private static Run TextRun(string text, bool bold, bool italic, bool mono)
    {
        var run = new Run();
        if (bold || italic || mono)
        {
            var properties = new RunProperties();
            if (mono)
            {
                properties.Append(new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas", ComplexScript = "Consolas" });
            }

            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    // Control characters other than tab and newline cannot be written to XML at all.
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : string.Concat(text.Where(XmlConvert.IsXmlChar));
}
