namespace RecruiterPortal.Core.Parsing;

/// <summary>A project the candidate lists, with the technologies it used.</summary>
public sealed record ParsedProject
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Technologies { get; init; } = [];

    public string? Url { get; init; }
}
