using RecruiterPortal.Core.Ingestion;

namespace RecruiterPortal.Components.Pages.Resumes;

/// <summary>One file of an upload as the upload page shows it.</summary>
public sealed record UploadRow(
    string FileName,
    string Status,
    string? Error,
    Guid? CandidateId,
    string? CandidateName,
    int VersionNumber,
    Guid? DuplicateCandidateId,
    string? DuplicateCandidateName)
{
    public static UploadRow From(UploadRowView view) => new(
        view.FileName, view.Status, view.Error, view.CandidateId, view.CandidateName, view.VersionNumber,
        view.DuplicateCandidateId, view.DuplicateCandidateName);

    /// <summary>A file refused before it was stored (too large, wrong type): only the upload knew it.</summary>
    public static UploadRow Refused(UploadItemResult item) =>
        new(item.FileName, item.Status, item.Error, item.CandidateId, null, 0, null, null);
}
