namespace RecruiterPortal.Core.Tailoring;

/// <summary>The outcome of checking a tailored resume against its original.</summary>
public sealed record GuardReport(IReadOnlyList<GuardViolation> Violations)
{
    public bool Ok => Violations.Count == 0;
}
