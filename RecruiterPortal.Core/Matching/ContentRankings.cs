namespace RecruiterPortal.Core.Matching;

/// <summary>A resume's experiences, projects and skills, each ordered most relevant to a job first.</summary>
public sealed record ContentRankings(
    IReadOnlyList<RankedContent> Experiences,
    IReadOnlyList<RankedContent> Projects,
    IReadOnlyList<RankedContent> Skills);
