namespace RecruiterPortal.Core.Matching;

/// <summary>How well one candidate fits one job, with the evidence and a sentence a recruiter can read.</summary>
public sealed record MatchResult
{
    /// <summary>Overall fit, 0–1, rounded to 4 decimals.</summary>
    public double Score { get; init; }

    public required MatchComponents Components { get; init; }

    /// <summary>Job skills (required, then preferred) the resume evidences.</summary>
    public IReadOnlyList<string> MatchedSkills { get; init; } = [];

    /// <summary>Job skills (required, then preferred) the resume does not evidence.</summary>
    public IReadOnlyList<string> MissingSkills { get; init; } = [];

    /// <summary>Resume skills the job does not ask for, most mentioned first.</summary>
    public IReadOnlyList<string> ExtraSkills { get; init; } = [];

    public IReadOnlyList<SkillComparison> SkillComparison { get; init; } = [];

    public string Explanation { get; init; } = "";
}
