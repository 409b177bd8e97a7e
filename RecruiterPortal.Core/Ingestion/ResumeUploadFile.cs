namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// One file offered for upload. The content is opened only once the declared size has passed the
/// limits, and files are read one at a time, so a large batch never sits in memory at once.
/// </summary>
/// <param name="FileName">The name as the client sent it; sanitised before it is stored or shown.</param>
/// <param name="Length">The declared size in bytes.</param>
/// <param name="Open">Opens the content for reading.</param>
public sealed record ResumeUploadFile(string? FileName, long Length, Func<Stream> Open)
{
    public static ResumeUploadFile FromBytes(string? fileName, byte[] content) =>
        new(fileName, content.LongLength, () => new MemoryStream(content, writable: false));
}
