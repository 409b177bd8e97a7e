namespace RecruiterPortal.Core.Candidates;

/// <summary>A candidate in a list: who, how to reach them, what they do.</summary>
public sealed record CandidateListItem(Guid Id, string? FullName, string? Email, string? Title, IReadOnlyList<string> Skills, DateTime UpdatedAt);
