namespace RecruiterPortal.Core.Matching;

/// <summary>One row of a posting's ranking: position, score and the skill chips.</summary>
public sealed record RankedMatch(
    int Rank,
    Guid CandidateId,
    string? CandidateName,
    Guid ResumeId,
    double Score,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills);
