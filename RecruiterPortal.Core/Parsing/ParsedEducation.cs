namespace RecruiterPortal.Core.Parsing;

/// <summary>One course of study.</summary>
public sealed record ParsedEducation
{
    public string? Institution { get; init; }

    public string? Degree { get; init; }

    public string? FieldOfStudy { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? Gpa { get; init; }
}
