using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// One tailoring of a candidate's current resume to a job posting: the request, its progress on
/// the pipeline, and the outcome. The job's title, company and keywords are copied so the history
/// still reads sensibly after the posting is deleted.
/// </summary>
public class TailoredResume : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>Null once the posting is deleted; the row and its copied job details remain.</summary>
    public Guid? JobPostingId { get; set; }

    /// <summary>The resume version that was tailored.</summary>
    public Guid? ResumeId { get; set; }

    public Guid? CreatedByUserId { get; set; }

    /// <summary>The bulk session this tailoring belongs to; null for a single tailoring.</summary>
    public Guid? SessionId { get; set; }

    /// <summary>What is written: <see cref="TailoredDocumentTypes.Resume"/> (the tailored resume) or <see cref="TailoredDocumentTypes.CoverLetter"/>.</summary>
    public string DocumentType { get; set; } = TailoredDocumentTypes.Resume;

    /// <summary>For a cover letter: the writing sample whose style it was written in; null for the neutral style.</summary>
    public Guid? WritingSampleId { get; set; }

    /// <summary>For a cover letter: the <see cref="CoverLetters.WritingStyle"/> used, as JSON, kept so the letter can be explained after the sample is archived.</summary>
    public string? StyleJson { get; set; }

    /// <summary>One of <see cref="TailoredResumeStatuses"/>.</summary>
    public string Status { get; set; } = TailoredResumeStatuses.Pending;

    public string? ProcessingError { get; set; }

    public string? ProcessingStep { get; set; }

    public int ProcessingProgress { get; set; }

    public DateTime? ProcessingStartedAt { get; set; }

    public DateTime? ProcessingCompletedAt { get; set; }

    public double? ProcessingDurationSeconds { get; set; }

    public string? OriginalMarkdown { get; set; }

    public List<string> OriginalKeywords { get; set; } = [];

    public string? TailoredMarkdown { get; set; }

    public string? TailoredHtml { get; set; }

    public List<string> TailoredKeywords { get; set; } = [];

    public double? OriginalMatchScore { get; set; }

    public double? TailoredMatchScore { get; set; }

    public double? ScoreImprovement { get; set; }

    public string? JobTitle { get; set; }

    public string? JobCompany { get; set; }

    public List<string> JobKeywords { get; set; } = [];

    public List<string> MatchedSkills { get; set; } = [];

    public List<string> MissingSkills { get; set; } = [];

    public List<string> AddedSkills { get; set; } = [];

    /// <summary>JSON array of <c>{section, type, description, before, after}</c>.</summary>
    public string ImprovementsJson { get; set; } = "[]";

    /// <summary>JSON array; empty until the engine reports a per-skill comparison.</summary>
    public string SkillComparisonJson { get; set; } = "[]";

    public string AiProvider { get; set; } = TailoredResumeStatuses.BuiltInProvider;

    public string? AiModel { get; set; }

    public int IterationsUsed { get; set; }

    /// <summary>Tokens the language model read; null when none was asked.</summary>
    public long? AiPromptTokens { get; set; }

    /// <summary>Tokens the language model wrote; null when none was asked.</summary>
    public long? AiCompletionTokens { get; set; }

    /// <summary>HTTP requests made to the language model, retries included.</summary>
    public int? AiRequests { get; set; }

    public int? AiRetries { get; set; }

    /// <summary>The <see cref="TailorOptions"/> the request was made with, as JSON.</summary>
    public string OptionsJson { get; set; } = "{}";

    /// <summary>JSON array of changes the engine tried and undid (guard rejections, score drops).</summary>
    public string RejectedChangesJson { get; set; } = "[]";

    public List<string> Warnings { get; set; } = [];

    /// <summary>JSON list of indexes into the improvements that the recruiter declined; <see cref="FinalMarkdown"/> has them undone.</summary>
    public string DeclinedImprovementsJson { get; set; } = "[]";

    /// <summary>The tailored resume as the recruiter approved it, declined changes undone; null while every change is kept.</summary>
    public string? FinalMarkdown { get; set; }

    /// <summary>The match score of <see cref="FinalMarkdown"/>; null while every change is kept.</summary>
    public double? FinalMatchScore { get; set; }

    public DateTime? ReviewedAt { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
