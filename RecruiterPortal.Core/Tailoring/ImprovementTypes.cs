namespace RecruiterPortal.Core.Tailoring;

/// <summary>The kinds of change the built-in tailoring engine makes.</summary>
public static class ImprovementTypes
{
    public const string KeySkills = "key_skills";
    public const string Summary = "summary";
    public const string Wording = "aligned_wording";
    public const string Reordered = "reordered";

    /// <summary>A change the guard found unsupported by the original; it was undone.</summary>
    public const string Rejected = "rejected";

    /// <summary>A change that lowered the match score; it was undone.</summary>
    public const string Reverted = "reverted";
}
