namespace RecruiterPortal.Core.Bulk;

/// <summary>Settings of bulk tailoring (section <c>Bulk</c>).</summary>
public sealed class BulkOptions
{
    public const string Section = "Bulk";

    /// <summary>The most candidates one session may tailor.</summary>
    public int MaxCandidatesPerSession { get; set; } = 1000;

    /// <summary>
    /// Tailorings one instance runs at once; becomes <c>Pipeline:KindConcurrency:tailor_resume</c>
    /// unless that is set itself.
    /// </summary>
    public int MaxConcurrency { get; set; } = 2;
}
