namespace RecruiterPortal.Core.Candidates;

/// <summary>
/// A recruiter's correction of a candidate. A null field is left as it is; an empty string clears
/// it (except the name, which cannot be cleared).
/// </summary>
public sealed record CandidateUpdate
{
    public string? FullName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Location { get; init; }

    public string? LinkedinUrl { get; init; }

    public string? GithubUrl { get; init; }

    public string? Website { get; init; }

    public string? Summary { get; init; }

    /// <summary>The complete skill list, replacing the current one; null leaves skills as they are.</summary>
    public IReadOnlyList<string>? Skills { get; init; }

    /// <summary>The names of the fields this update sets (never their values: the audit log records only these).</summary>
    public IEnumerable<string> ChangedFields()
    {
        (string Name, object? Value)[] fields =
        [
            ("name", FullName), ("email", Email), ("phone", Phone), ("location", Location), ("linkedin", LinkedinUrl),
            ("github", GithubUrl), ("website", Website), ("summary", Summary), ("skills", Skills),
        ];
        return fields.Where(f => f.Value is not null).Select(f => f.Name);
    }
}
