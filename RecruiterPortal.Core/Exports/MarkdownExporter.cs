using System.Text;

namespace RecruiterPortal.Core.Exports;

/// <summary>The resume's Markdown as it is stored, in UTF-8 with Unix line endings.</summary>
public sealed class MarkdownExporter : IDocumentExporter
{
    public string Format => ExportFormats.Markdown;

    public string ContentType => "text/markdown; charset=utf-8";

    public string Extension => "md";

    public Task<byte[]> ExportAsync(ExportDocument document, CancellationToken cancellationToken = default)
    {
        var text = document.Markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Task.FromResult(Encoding.UTF8.GetBytes(text.EndsWith('\n') ? text : text + "\n"));
    }
}
