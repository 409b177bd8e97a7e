namespace RecruiterPortal.Core.Candidates;

/// <summary>An uploaded resume file as it was received, for download.</summary>
public sealed record ResumeFile(byte[] Content, string ContentType, string FileName);
