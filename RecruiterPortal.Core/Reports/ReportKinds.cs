namespace RecruiterPortal.Core.Reports;

/// <summary>The kinds of <see cref="Report"/>.</summary>
public static class ReportKinds
{
    /// <summary>The top N candidates for a job with their scores, skills, verdicts and tailoring status.</summary>
    public const string Shortlist = "shortlist";
}
