using System.Text;
using Microsoft.Extensions.Options;

namespace RecruiterPortal.Core.Exports;

/// <summary>A standalone HTML file with its own print stylesheet; opens in any browser and prints cleanly.</summary>
public sealed class HtmlExporter(IOptions<ExportOptions> options) : IDocumentExporter
{
    public string Format => ExportFormats.Html;

    public string ContentType => "text/html; charset=utf-8";

    public string Extension => "html";

    public Task<byte[]> ExportAsync(ExportDocument document, CancellationToken cancellationToken = default) =>
        Task.FromResult(Encoding.UTF8.GetBytes(ResumeHtmlDocument.Render(document, options.Value.IsLetter)));
}
