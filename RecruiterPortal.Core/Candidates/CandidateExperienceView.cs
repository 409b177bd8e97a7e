namespace RecruiterPortal.Core.Candidates;

/// <summary>One position in a <see cref="CandidateProfile"/>.</summary>
public sealed record CandidateExperienceView(
    string? Title,
    string? Company,
    string? Location,
    string? StartDate,
    string? EndDate,
    bool IsCurrent,
    IReadOnlyList<string> Bullets,
    Guid? EmployerId = null,
    string? Department = null);
