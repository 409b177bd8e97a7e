namespace RecruiterPortal.Core.Exports;

/// <summary>An exported file, ready to send as a download.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);
