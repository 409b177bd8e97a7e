namespace RecruiterPortal.Core.Employers;

/// <summary>An employer in a list: its written forms and how many candidates worked there.</summary>
public sealed record EmployerListItem(Guid Id, string Name, IReadOnlyList<string> Variants, int CandidateCount);

/// <summary>One page of employers, most candidates first.</summary>
public sealed record EmployerPage(IReadOnlyList<EmployerListItem> Items, int Page, int PageSize, int Total);

/// <summary>A written form of an employer's name and how many experience entries use it.</summary>
public sealed record EmployerAliasView(string Name, string Variant, int ExperienceCount);

/// <summary>An employer with its written forms, departments and the positions candidates held there.</summary>
public sealed record EmployerView(
    Guid Id,
    string Name,
    int CandidateCount,
    IReadOnlyList<EmployerAliasView> Aliases,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Roles,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>Merge this employer into another: its aliases move and its experience entries re-point.</summary>
public sealed record EmployerMergeRequest(Guid IntoEmployerId);

/// <summary>Split one written form off into an employer of its own.</summary>
public sealed record EmployerSplitRequest(string? Alias);

/// <summary>Give an employer another display name.</summary>
public sealed record EmployerRenameRequest(string? Name);

/// <summary>An employer search.</summary>
/// <param name="Query">Contained (case-insensitively) in the employer's name or one of its written forms.</param>
public sealed record EmployerQuery(string? Query = null, int Page = 1, int PageSize = EmployerQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;
}
