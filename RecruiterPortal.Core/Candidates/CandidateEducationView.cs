namespace RecruiterPortal.Core.Candidates;

/// <summary>One course of study in a <see cref="CandidateProfile"/>.</summary>
public sealed record CandidateEducationView(
    string? Institution,
    string? Degree,
    string? FieldOfStudy,
    string? StartDate,
    string? EndDate,
    string? Gpa);
