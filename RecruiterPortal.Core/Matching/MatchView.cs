namespace RecruiterPortal.Core.Matching;

/// <summary>One candidate against one posting: score, parts, skill evidence and a readable explanation.</summary>
public sealed record MatchView(
    Guid CandidateId,
    string? CandidateName,
    Guid JobPostingId,
    string JobTitle,
    double Score,
    MatchComponents Components,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<string> ExtraSkills,
    IReadOnlyList<SkillComparisonView> SkillComparison,
    string Explanation);
