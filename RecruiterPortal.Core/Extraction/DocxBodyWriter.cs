using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Turns a Word body into lines in reading order: one line per paragraph (headings included),
/// list items prefixed with "• " so the resume parser sees bullets, table rows as cells joined
/// by " | ", and the first-page/default header text on top.
/// </summary>
internal sealed class DocxBodyWriter
{
    public const string BulletPrefix = "• ";
    private const string CellSeparator = " | ";

    private readonly DocxListDetector _lists;
    private readonly List<string> _lines = [];

    private DocxBodyWriter(DocxListDetector lists) => _lists = lists;

    public static string Write(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var body = main.Document?.Body ?? throw new InvalidDataException("The main document has no body.");
        var writer = new DocxBodyWriter(new DocxListDetector(main.StyleDefinitionsPart?.Styles));

        foreach (var header in DocxHeaders.Read(main, body))
        {
            writer.WriteBlocks(header.ChildElements);
        }

        writer.WriteBlocks(body.ChildElements);
        return string.Join('\n', writer._lines);
    }

    private void WriteBlocks(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    _lines.Add(ParagraphLine(paragraph));
                    break;
                case Table table:
                    WriteTable(table);
                    break;
                case SectionProperties:
                    break;
                default:
                    // Content controls, custom XML and the like wrap ordinary blocks.
                    WriteBlocks(element.ChildElements);
                    break;
            }
        }
    }

    private void WriteTable(Table table)
    {
        foreach (var row in Containers<TableRow>(table))
        {
            var cells = Containers<TableCell>(row)
                .Select(CellText)
                .Where(text => text.Length > 0)
                .ToList();
            if (cells.Count > 0)
            {
                _lines.Add(string.Join(CellSeparator, cells));
            }
        }
    }

    private string CellText(TableCell cell)
    {
        var inner = new DocxBodyWriter(_lists);
        inner.WriteBlocks(cell.ChildElements);
        return string.Join(' ', inner._lines.Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private string ParagraphLine(Paragraph paragraph)
    {
        var text = new StringBuilder();
        AppendRunContent(paragraph, text);
        var line = text.ToString();
        return _lists.IsListItem(paragraph) && !string.IsNullOrWhiteSpace(line) ? BulletPrefix + line.TrimStart() : line;
    }

    private void AppendRunContent(OpenXmlElement parent, StringBuilder text)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case Paragraph nested:
                    // A text box inside a run: its paragraphs become their own lines.
                    text.Append('\n').Append(ParagraphLine(nested));
                    break;
                case AlternateContentFallback or DeletedRun or ParagraphProperties or RunProperties:
                    // The fallback repeats the chosen content; deletions are not the document's text.
                    break;
                default:
                    AppendRunContent(child, text);
                    break;
            }
        }
    }

    // Rows and cells may sit inside content controls or custom XML; never descend into a match.
    private static IEnumerable<T> Containers<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match)
            {
                yield return match;
            }
            else if (child is not (Table or Paragraph))
            {
                foreach (var nested in Containers<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
