using RecruiterPortal.Core.Common;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Reads the text of an uploaded file of any supported kind, within limits that keep a hostile
/// file from hanging or exhausting the process. Expected failures (empty, wrong type, scanned,
/// encrypted, over a limit) come back as a failed <see cref="Result{T}"/> with a reason a
/// recruiter understands; only bugs throw.
/// </summary>
public interface IDocumentTextExtractor
{
    Task<Result<ExtractedDocument>> ExtractAsync(byte[] content, string fileName, CancellationToken cancellationToken);
}
