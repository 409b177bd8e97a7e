namespace RecruiterPortal.Core.Ingestion;

/// <summary>Upload limits, bound from <c>Uploads</c>: <c>MaxFileBytes</c> (10 MB) and <c>MaxFilesPerBatch</c> (200).</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    // Room for multipart boundaries, part headers and form fields around the files themselves.
    private const long MultipartOverheadBytes = 1024 * 1024;

    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    public int MaxFilesPerBatch { get; set; } = 200;

    /// <summary>The largest request body a batch upload may send.</summary>
    public long MaxBatchRequestBytes => (MaxFilesPerBatch * MaxFileBytes) + MultipartOverheadBytes;

    /// <summary>The largest request body a single-file upload may send.</summary>
    public long MaxSingleRequestBytes => MaxFileBytes + MultipartOverheadBytes;
}
