namespace RecruiterPortal.Core.Matching;

/// <summary>
/// The parts of a match score, each 0–1 and rounded to 4 decimals. Null means the job does not
/// ask about it (no preferred skills, no years, no education) and its weight went to the others.
/// </summary>
public sealed record MatchComponents(
    double? RequiredSkills,
    double? PreferredSkills,
    double? KeywordRelevance,
    double? TitleSimilarity,
    double? ExperienceFit,
    double? EducationFit);
