namespace RecruiterPortal.Core.JobPostings;

/// <summary>Whether a posting is open (active), closed (archived) or not yet published (draft).</summary>
public static class JobPostingStatuses
{
    public const string Active = "active";
    public const string Archived = "archived";
    public const string Draft = "draft";

    public static IReadOnlyList<string> All { get; } = [Active, Archived, Draft];
}
