using System.Text.Json.Serialization;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>The result of an <c>ingest_resume</c> job, stored as the job's result JSON.</summary>
/// <param name="Duplicate">The same bytes were already ingested; this upload added nothing.</param>
/// <param name="NewVersion">The person was already a candidate; this resume is their newest version.</param>
public sealed record IngestResumeResult(
    [property: JsonPropertyName("resume_id")] Guid ResumeId,
    [property: JsonPropertyName("candidate_id")] Guid? CandidateId,
    [property: JsonPropertyName("duplicate")] bool Duplicate,
    [property: JsonPropertyName("new_version")] bool NewVersion);
