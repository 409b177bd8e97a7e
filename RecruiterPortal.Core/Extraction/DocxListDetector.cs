using DocumentFormat.OpenXml.Wordprocessing;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Decides whether a paragraph is a list item: numbering on the paragraph itself or inherited
/// from its style chain (Word's "List Bullet" styles carry it there). numId 0 means "no list".
/// </summary>
internal sealed class DocxListDetector(Styles? styles)
{
    // Style chains are short in practice; a cap stops a crafted cycle.
    private const int MaxStyleDepth = 16;

    private readonly Dictionary<string, Style> _styles = (styles?.Elements<Style>() ?? [])
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public bool IsListItem(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.NumberingProperties?.NumberingId?.Val?.Value is { } numberingId)
        {
            return numberingId != 0;
        }

        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < MaxStyleDepth; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style))
            {
                return false;
            }

            if (style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } styleNumbering)
            {
                return styleNumbering != 0;
            }

            styleId = style.BasedOn?.Val?.Value;
        }

        return false;
    }
}
