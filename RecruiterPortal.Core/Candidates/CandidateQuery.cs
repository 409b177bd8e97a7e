namespace RecruiterPortal.Core.Candidates;

/// <summary>A candidate search.</summary>
/// <param name="Query">Contained (case-insensitively) in the name, email, a skill, or a position's title or company (or its employer's other written forms).</param>
/// <param name="Skill">A skill the candidate must have; aliases resolve through the taxonomy ("k8s" → Kubernetes).</param>
/// <param name="Page">1-based.</param>
/// <param name="EmployerId">A canonical employer the candidate worked at, under any of its written forms.</param>
public sealed record CandidateQuery(string? Query = null, string? Skill = null, int Page = 1, int PageSize = CandidateQuery.DefaultPageSize, Guid? EmployerId = null)
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;
}
