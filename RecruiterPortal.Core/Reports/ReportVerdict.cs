namespace RecruiterPortal.Core.Reports;

/// <summary>
/// One requirement of the job and how the candidate meets it, from the deterministic matcher:
/// <see cref="Verdict"/> is <c>met</c>, <c>partial</c> or <c>missing</c>; <see cref="Kind"/> is
/// <c>required_skill</c>, <c>preferred_skill</c>, <c>experience</c> or <c>education</c>.
/// </summary>
public sealed record ReportVerdict(string Requirement, string Kind, string Verdict, string Evidence)
{
    public const string Met = "met";
    public const string Partial = "partial";
    public const string Missing = "missing";
}
