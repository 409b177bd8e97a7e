namespace RecruiterPortal.Core.Matching;

/// <summary>Whether a skill is both asked and evidenced, asked but not evidenced, or only on the resume.</summary>
public enum SkillMatchStatus
{
    Matched,
    Missing,
    Extra,
}
