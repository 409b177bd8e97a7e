using System.Text.Json.Serialization;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>The payload of an <c>ingest_resume</c> job. Named explicitly so any serializer settings round-trip it.</summary>
public sealed record IngestResumePayload([property: JsonPropertyName("resume_id")] Guid ResumeId);
