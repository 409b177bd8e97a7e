namespace RecruiterPortal.Core.Ingestion;

/// <summary>What became of one uploaded file.</summary>
/// <param name="JobId">The pipeline job processing the file; null when it was refused or is a duplicate.</param>
/// <param name="FileName">The sanitised file name.</param>
/// <param name="Status"><c>queued</c>, <c>duplicate</c> or <c>failed</c> (refused).</param>
/// <param name="Error">Why it was refused, or what it duplicates, in words a recruiter can act on.</param>
/// <param name="DuplicateOfResumeId">For a duplicate: the resume with the same bytes.</param>
/// <param name="CandidateId">For a duplicate of a processed resume: its candidate.</param>
public sealed record UploadItemResult(
    Guid? JobId,
    string FileName,
    string Status,
    Guid? ResumeId,
    string? Error,
    string? ErrorCode = null,
    Guid? DuplicateOfResumeId = null,
    Guid? CandidateId = null);
