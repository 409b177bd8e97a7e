using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// One AI assessment of a candidate against a job posting (table <c>ai_scores</c>): per-requirement
/// verdicts with evidence and an overall 0–1 score, from the language model when one is configured,
/// else from the deterministic matcher (<see cref="AiScoreSources"/>). The canonical result
/// (<see cref="AiScoreJson"/>) and the model's raw answer (<see cref="AiRawResponse"/>) are kept for
/// audit. Rows are never overwritten: each request adds one, so a failed attempt loses nothing.
/// </summary>
public class AiScore : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid JobPostingId { get; set; }

    /// <summary>The candidate's current resume when the score was asked for.</summary>
    public Guid? ResumeId { get; set; }

    public int JobVersion { get; set; }

    /// <summary>One of <see cref="AiScoreStatuses"/>.</summary>
    public string Status { get; set; } = AiScoreStatuses.Queued;

    /// <summary>One of <see cref="AiScoreSources"/>, set when the job runs.</summary>
    public string? Source { get; set; }

    public string? AiProvider { get; set; }

    public string? AiModel { get; set; }

    /// <summary>The overall score used (0–1) once completed.</summary>
    public double? OverallScore { get; set; }

    /// <summary>What the model itself said, before any correction for invented evidence.</summary>
    public double? ModelScore { get; set; }

    /// <summary>The canonical result as JSON (<see cref="AiScoreDocument"/>); the seed's <c>ai_score_json_path</c>, held in the row.</summary>
    public string? AiScoreJson { get; set; }

    /// <summary>The model's last answer exactly as received; the seed's <c>ai_raw_response_path</c>, held in the row.</summary>
    public string? AiRawResponse { get; set; }

    public List<string> Warnings { get; set; } = [];

    public string? Error { get; set; }

    public string? ErrorCode { get; set; }

    public int? AiRequests { get; set; }

    public int? AiRetries { get; set; }

    public long? AiPromptTokens { get; set; }

    public long? AiCompletionTokens { get; set; }

    public Guid? PipelineJobId { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? CompletedAt { get; set; }
}

/// <summary>The life of an <see cref="AiScore"/>.</summary>
public static class AiScoreStatuses
{
    public const string Queued = "queued";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Failed = "failed";
}

/// <summary>Where an <see cref="AiScore"/>'s verdicts came from.</summary>
public static class AiScoreSources
{
    /// <summary>The language model configured for the portal or the organisation.</summary>
    public const string Llm = "llm";

    /// <summary>The deterministic matcher, when no language model is configured.</summary>
    public const string Matcher = "matcher";
}

/// <summary>The canonical content of <see cref="AiScore.AiScoreJson"/>.</summary>
public sealed record AiScoreDocument(double OverallScore, double? ModelScore, string? Summary, IReadOnlyList<RequirementVerdict> Requirements);
