namespace RecruiterPortal.Core.Exports;

/// <summary>Turns a resume in Markdown into one downloadable format.</summary>
public interface IDocumentExporter
{
    /// <summary>One of <see cref="ExportFormats"/>.</summary>
    string Format { get; }

    string ContentType { get; }

    /// <summary>The file extension, without the dot.</summary>
    string Extension { get; }

    /// <summary>Renders the document.</summary>
    /// <exception cref="ExportUnavailableException">The format cannot be produced on this machine right now.</exception>
    Task<byte[]> ExportAsync(ExportDocument document, CancellationToken cancellationToken = default);
}
