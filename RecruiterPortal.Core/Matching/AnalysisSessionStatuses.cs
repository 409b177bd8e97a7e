namespace RecruiterPortal.Core.Matching;

/// <summary>States of an <see cref="AnalysisSession"/>.</summary>
public static class AnalysisSessionStatuses
{
    public const string Running = "running";
    public const string Completed = "completed";
}
