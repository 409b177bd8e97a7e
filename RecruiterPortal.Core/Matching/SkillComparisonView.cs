namespace RecruiterPortal.Core.Matching;

/// <summary>A <see cref="SkillComparison"/> for display; status is <c>matched</c>, <c>missing</c> or <c>extra</c>.</summary>
public sealed record SkillComparisonView(string Skill, int ResumeMentions, int JobMentions, string Status, bool Required)
{
    public static SkillComparisonView From(SkillComparison c) =>
        new(c.Skill, c.ResumeMentions, c.JobMentions, c.Status.ToString().ToLowerInvariant(), c.Required);
}
