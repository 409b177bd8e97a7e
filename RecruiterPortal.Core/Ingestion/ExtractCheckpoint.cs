namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// Marks the extract step done. The text itself is kept on the resume row rather than here, so a
/// half-megabyte resume is not stored twice.
/// </summary>
public sealed record ExtractCheckpoint(string Format, int? PageCount, int Characters);
