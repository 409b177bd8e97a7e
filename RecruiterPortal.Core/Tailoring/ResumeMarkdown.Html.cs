using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RecruiterPortal.Core.Tailoring;

public static partial class ResumeMarkdown
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    /// <summary>
    /// Markdig with raw HTML disabled: HTML in a resume (written by a candidate or an LLM) is shown
    /// as text, never interpreted.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Parses Markdown with <see cref="Pipeline"/>; links with a scheme other than http(s), mailto or tel lose their target.</summary>
    public static MarkdownDocument ParseSafe(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!link.IsEmail && !IsSafeUrl(link.Url))
            {
                link.Url = "";
            }
        }

        return document;
    }

    /// <summary>The resume as an HTML fragment (no document, head or styles), safe to embed.</summary>
    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(ParseSafe(markdown), Pipeline);

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);

        // No scheme (a relative path or a fragment) is harmless; a scheme must be on the short list.
        return colon < 0 || (slash >= 0 && slash < colon) || SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
