namespace RecruiterPortal.Core.Bulk;

/// <summary>Where a <see cref="TailorSession"/> is in its life.</summary>
public static class TailorSessionStatuses
{
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Partial = "partial";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [Processing, Completed, Partial, Failed, Cancelled];

    public static bool IsFinal(string status) => status is not Processing;
}
