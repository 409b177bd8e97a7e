namespace RecruiterPortal.Core.Tailoring;

/// <summary>The documents the tailoring pipeline writes for a candidate and a job (seed 003's <c>document_type</c>).</summary>
public static class TailoredDocumentTypes
{
    public const string Resume = "resume";
    public const string CoverLetter = "cover_letter";

    public static IReadOnlyList<string> All { get; } = [Resume, CoverLetter];
}
