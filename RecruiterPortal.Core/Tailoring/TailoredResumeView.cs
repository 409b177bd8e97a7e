using System.Text.Json;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>A tailored resume as the API shows it: the original and tailored versions side by side with the analysis.</summary>
public sealed record TailoredResumeView(
    Guid Id,
    Guid TailorId,
    Guid CandidateId,
    Guid? JobPostingId,
    string Status,
    string? ProcessingStep,
    int ProcessingProgress,
    string? ProcessingError,
    TailoredResumeView.OriginalPart Original,
    TailoredResumeView.TailoredPart Tailored,
    TailoredResumeView.JobPart Job,
    TailoredResumeView.AnalysisPart Analysis,
    IReadOnlyList<TailoringImprovement> Improvements,
    IReadOnlyList<string> Warnings,
    double? ScoreImprovement,
    int IterationsUsed,
    string AiProvider,
    string? AiModel,
    double? ProcessingDurationSeconds,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    IReadOnlyList<TailoringImprovement> RejectedChanges,
    TailoredResumeView.ReviewPart Review,
    TailorOptions Options,
    TailoredResumeView.UsagePart? Usage,
    string DocumentType = TailoredDocumentTypes.Resume,
    Guid? WritingSampleId = null,
    CoverLetters.WritingStyle? Style = null)
{
    public bool IsCoverLetter => DocumentType == TailoredDocumentTypes.CoverLetter;

    /// <summary>What the language model cost; null when none was asked.</summary>
    public sealed record UsagePart(long PromptTokens, long CompletionTokens, int Requests, int Retries);

    /// <summary>The recruiter's choices: which improvements were declined and the resume that results.</summary>
    public sealed record ReviewPart(IReadOnlyList<int> DeclinedImprovements, string? FinalMarkdown, double? FinalMatchScore, DateTime? ReviewedAt);

    /// <summary>The Markdown to show and export: the reviewed version when changes were declined, else the tailored one.</summary>
    public string? FinalMarkdown => Review.FinalMarkdown ?? Tailored.ContentMarkdown;

    public sealed record OriginalPart(string? ContentMarkdown, IReadOnlyList<string> Keywords, double? MatchScore);

    public sealed record TailoredPart(string? ContentMarkdown, string? ContentHtml, IReadOnlyList<string> Keywords, double? MatchScore);

    public sealed record JobPart(Guid? Id, string? Title, string? Company, IReadOnlyList<string> Keywords);

    public sealed record AnalysisPart(IReadOnlyList<string> MatchedSkills, IReadOnlyList<string> MissingSkills, IReadOnlyList<string> AddedSkills, JsonElement SkillComparison);

    public static TailoredResumeView From(TailoredResume t) => new(
        t.Id,
        t.Id,
        t.CandidateId,
        t.JobPostingId,
        t.Status,
        t.ProcessingStep,
        t.ProcessingProgress,
        t.ProcessingError,
        new OriginalPart(t.OriginalMarkdown, t.OriginalKeywords, t.OriginalMatchScore),
        new TailoredPart(t.TailoredMarkdown, t.TailoredHtml, t.TailoredKeywords, t.TailoredMatchScore),
        new JobPart(t.JobPostingId, t.JobTitle, t.JobCompany, t.JobKeywords),
        new AnalysisPart(t.MatchedSkills, t.MissingSkills, t.AddedSkills, TailoringJson.Deserialize<JsonElement>(t.SkillComparisonJson)),
        TailoringJson.Deserialize<List<TailoringImprovement>>(t.ImprovementsJson) ?? [],
        t.Warnings,
        t.ScoreImprovement,
        t.IterationsUsed,
        t.AiProvider,
        t.AiModel,
        t.ProcessingDurationSeconds,
        t.CreatedAt,
        t.ProcessingCompletedAt,
        TailoringJson.Deserialize<List<TailoringImprovement>>(t.RejectedChangesJson) ?? [],
        new ReviewPart(TailoringJson.Deserialize<List<int>>(t.DeclinedImprovementsJson) ?? [], t.FinalMarkdown, t.FinalMatchScore, t.ReviewedAt),
        TailoringJson.Deserialize<TailorOptions>(t.OptionsJson) ?? new TailorOptions(),
        t.AiRequests is { } requests ? new UsagePart(t.AiPromptTokens ?? 0, t.AiCompletionTokens ?? 0, requests, t.AiRetries ?? 0) : null,
        t.DocumentType,
        t.WritingSampleId,
        TailoringJson.Deserialize<CoverLetters.WritingStyle>(t.StyleJson));
}
