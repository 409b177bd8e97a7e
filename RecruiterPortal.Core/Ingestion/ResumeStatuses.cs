namespace RecruiterPortal.Core.Ingestion;

/// <summary>Where a resume is in ingestion.</summary>
public static class ResumeStatuses
{
    public const string Queued = "queued";
    public const string Extracting = "extracting";
    public const string Parsing = "parsing";
    public const string Completed = "completed";

    /// <summary>The same bytes were already uploaded to the tenant; not processed again.</summary>
    public const string Duplicate = "duplicate";

    public const string Failed = "failed";
}
