namespace RecruiterPortal.Core.Tailoring;

/// <summary>The kinds of change the tailoring engines make.</summary>
public static class ImprovementTypes
{
    public const string KeySkills = "key_skills";
    public const string Summary = "summary";
    public const string Wording = "aligned_wording";
    public const string Reordered = "reordered";

    /// <summary>A section a language model rewrote and the guard accepted.</summary>
    public const string Rewritten = "rewritten";

    /// <summary>A change the guard found unsupported by the original; it was undone.</summary>
    public const string Rejected = "rejected";

    /// <summary>A change that lowered the match score; it was undone.</summary>
    public const string Reverted = "reverted";
}
