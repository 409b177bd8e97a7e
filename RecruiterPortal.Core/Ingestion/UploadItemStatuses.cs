namespace RecruiterPortal.Core.Ingestion;

/// <summary>The <see cref="UploadItemResult.Status"/> values.</summary>
public static class UploadItemStatuses
{
    public const string Queued = "queued";
    public const string Duplicate = "duplicate";
    public const string Failed = "failed";
}
