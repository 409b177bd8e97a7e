namespace RecruiterPortal.Core.Ingestion;

/// <summary>Why a file was not accepted: a message naming the file, and a short machine-readable code.</summary>
public sealed record UploadRefusal(string Message, string Code);
