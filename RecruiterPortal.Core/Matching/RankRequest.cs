namespace RecruiterPortal.Core.Matching;

/// <summary>What part of a posting's ranking to return, and which candidates to keep.</summary>
public sealed record RankRequest(int Top = RankRequest.DefaultTop, int Skip = 0, double MinScore = 0, IReadOnlyList<string>? MustHaveSkills = null)
{
    public const int DefaultTop = 50;
    public const int MaxTop = 500;
}
