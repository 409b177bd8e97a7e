namespace RecruiterPortal.Core.Parsing;

/// <summary>One position held: title, employer, when, and what the candidate did there.</summary>
public sealed record ParsedExperience
{
    public string? Title { get; init; }

    public string? Company { get; init; }

    public string? Location { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public bool IsCurrent { get; init; }

    public IReadOnlyList<string> Bullets { get; init; } = [];
}
