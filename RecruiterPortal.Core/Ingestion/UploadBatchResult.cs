namespace RecruiterPortal.Core.Ingestion;

/// <summary>The outcome of an upload: one item per offered file, in the order offered.</summary>
public sealed record UploadBatchResult(Guid BatchId, IReadOnlyList<UploadItemResult> Items);
