namespace RecruiterPortal.Core.Parsing;

/// <summary>
/// A resume as structured data: what the parser reads from a resume's text, what a recruiter
/// corrects, and what matching and tailoring work from. Dates are kept as the resume gives them,
/// normalised to <c>YYYY-MM</c> or <c>YYYY</c>.
/// </summary>
public sealed record ParsedResume
{
    public string? FullName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Location { get; init; }

    public string? LinkedinUrl { get; init; }

    public string? GithubUrl { get; init; }

    public string? Website { get; init; }

    public string? Summary { get; init; }

    /// <summary>Canonical skill names (taxonomy names where the taxonomy knows the skill).</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public IReadOnlyList<ParsedExperience> Experience { get; init; } = [];

    public IReadOnlyList<ParsedEducation> Education { get; init; } = [];

    public IReadOnlyList<ParsedProject> Projects { get; init; } = [];

    public IReadOnlyList<string> Certifications { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];
}
