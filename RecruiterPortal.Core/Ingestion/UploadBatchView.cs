namespace RecruiterPortal.Core.Ingestion;

/// <summary>An upload batch as its page shows it, re-read from the database on every change.</summary>
public sealed record UploadBatchView(Guid Id, DateTime CreatedAt, IReadOnlyList<UploadRowView> Rows);
