namespace RecruiterPortal.Core.Candidates;

/// <summary>One project in a <see cref="CandidateProfile"/>.</summary>
public sealed record CandidateProjectView(string? Name, string? Description, IReadOnlyList<string> Technologies, string? Url);
