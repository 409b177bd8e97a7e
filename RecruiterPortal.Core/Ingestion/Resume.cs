using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// One uploaded resume file: a version of a candidate's resume once parsed. The bytes live in the
/// blob store under <see cref="Sha256"/>; this row tracks the file through the pipeline.
/// </summary>
public class Resume : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>Null until the resume is parsed and matched to a person.</summary>
    public Guid? CandidateId { get; set; }

    public Guid? UploadBatchId { get; set; }

    /// <summary>The pipeline job that processes the file; null for duplicates and seeded resumes.</summary>
    public Guid? JobId { get; set; }

    /// <summary>The uploaded name after <see cref="Extraction.FileNames.Sanitize"/>.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    /// <summary><c>pdf</c>, <c>docx</c>, <c>txt</c> or <c>md</c> once read; null before.</summary>
    public string? Format { get; set; }

    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>One of <see cref="ResumeStatuses"/>.</summary>
    public string Status { get; set; } = ResumeStatuses.Queued;

    public string? Error { get; set; }

    public string? ErrorCode { get; set; }

    public string? RawText { get; set; }

    public string? ParsedJson { get; set; }

    /// <summary>1 for a candidate's first resume, then 2, 3…; 0 until matched to a candidate.</summary>
    public int VersionNumber { get; set; }

    public DateTime UploadedAt { get; set; } = DateTime.UtcNow;

    public Guid? UploadedByUserId { get; set; }

    /// <summary>For a byte-identical re-upload: the resume it repeats.</summary>
    public Guid? DuplicateOfResumeId { get; set; }
}
