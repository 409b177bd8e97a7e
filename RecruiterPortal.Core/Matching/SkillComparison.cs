namespace RecruiterPortal.Core.Matching;

/// <summary>One skill side by side: how often the resume and the job name it.</summary>
public sealed record SkillComparison(string Skill, int ResumeMentions, int JobMentions, SkillMatchStatus Status, bool Required);
