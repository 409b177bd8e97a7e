namespace RecruiterPortal.Core.Tailoring;

/// <summary>A tailored resume with what changed, how the match moved, and the gaps left for the recruiter.</summary>
public sealed record TailoringResult
{
    public required string TailoredMarkdown { get; init; }

    /// <summary>The original resume in the same Markdown layout, for a side-by-side view.</summary>
    public required string OriginalMarkdown { get; init; }

    public double OriginalScore { get; init; }

    public double TailoredScore { get; init; }

    public IReadOnlyList<TailoringImprovement> Improvements { get; init; } = [];

    /// <summary>Skills the tailored resume has that the original lacks; the built-in engine never adds any.</summary>
    public IReadOnlyList<string> AddedSkills { get; init; } = [];

    /// <summary>Job skills (required, then preferred) the resume evidences.</summary>
    public IReadOnlyList<string> MatchedSkills { get; init; } = [];

    /// <summary>Job skills the resume does not evidence: gaps to discuss, never written into the resume.</summary>
    public IReadOnlyList<string> MissingSkills { get; init; } = [];

    public int Iterations { get; init; }

    /// <summary>Things the recruiter should know, such as resume text that reads like an instruction.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the language model cost; null for the built-in engine.</summary>
    public TailoringUsage? Usage { get; init; }
}
