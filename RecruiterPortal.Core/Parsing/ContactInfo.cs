namespace RecruiterPortal.Core.Parsing;

/// <summary>The contact block of a resume.</summary>
internal sealed record ContactInfo(
    string? FullName,
    string? Email,
    string? Phone,
    string? Location,
    string? LinkedinUrl,
    string? GithubUrl,
    string? Website);
