namespace RecruiterPortal.Core.JobPostings;

/// <summary>One stored version of a posting, with the posting as it was then.</summary>
public sealed record JobPostingVersionView(int VersionNumber, DateTime CreatedAt, Guid? CreatedByUserId, JobPostingView? Snapshot);
