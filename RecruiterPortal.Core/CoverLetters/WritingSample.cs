using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// A sample of a candidate's own writing (a cover letter they wrote, uploaded or pasted by a
/// recruiter), kept as text with the writing style read from it. Only one sample per candidate and
/// <see cref="DocumentType"/> is active; adding another archives the earlier ones.
/// </summary>
public class WritingSample : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>One of <see cref="WritingSampleTypes"/>.</summary>
    public string DocumentType { get; set; } = WritingSampleTypes.CoverLetter;

    /// <summary>The uploaded file's name; null for pasted text.</summary>
    public string? OriginalFilename { get; set; }

    public string OriginalText { get; set; } = "";

    public int WordCount { get; set; }

    public int CharacterCount { get; set; }

    public int LineCount { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime? ArchivedAt { get; set; }

    /// <summary>The <see cref="WritingStyle"/> read from the text, as JSON (seed's <c>extracted_style</c>).</summary>
    public string ExtractedStyleJson { get; set; } = "{}";

    /// <summary>One of <see cref="WritingSampleTypes.Completed"/> or <see cref="WritingSampleTypes.Failed"/>.</summary>
    public string ExtractionStatus { get; set; } = WritingSampleTypes.Completed;

    /// <summary><see cref="WritingStyleExtractor.Method"/>, or the language model's name when it refined the style.</summary>
    public string? ExtractionModel { get; set; }

    public double? ExtractionConfidence { get; set; }

    public DateTime? ExtractedAt { get; set; }

    /// <summary>Why the language model's reading was not used, when one was configured and failed.</summary>
    public string? ExtractionNote { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>The document types a writing sample can be (seed 003) and the extraction outcomes.</summary>
public static class WritingSampleTypes
{
    public const string CoverLetter = "cover_letter";
    public const string Resume = "resume";

    public const string Completed = "completed";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [CoverLetter, Resume];
}
