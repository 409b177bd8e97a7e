namespace RecruiterPortal.Core.Candidates;

/// <summary>One resume version of a candidate, newest first.</summary>
public sealed record CandidateResumeView(
    Guid Id,
    string FileName,
    string Sha256,
    DateTime UploadedAt,
    int VersionNumber,
    string? Format,
    long SizeBytes,
    bool IsCurrent);
