namespace RecruiterPortal.Core.Tailoring;

/// <summary>Where a <see cref="TailoredResume"/> is in its life.</summary>
public static class TailoredResumeStatuses
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Failed = "failed";

    /// <summary>The provider name stored for the engine that needs no language model.</summary>
    public const string BuiltInProvider = "built_in";
}
