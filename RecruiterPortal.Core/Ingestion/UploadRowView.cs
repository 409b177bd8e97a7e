namespace RecruiterPortal.Core.Ingestion;

/// <summary>One stored file of an upload batch with what became of it.</summary>
public sealed record UploadRowView(
    Guid ResumeId,
    string FileName,
    string Status,
    string? Error,
    Guid? CandidateId,
    string? CandidateName,
    int VersionNumber,
    Guid? DuplicateCandidateId,
    string? DuplicateCandidateName);
