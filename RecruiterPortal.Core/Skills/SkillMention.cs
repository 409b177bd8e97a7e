namespace RecruiterPortal.Core.Skills;

/// <summary>Where a skill was found in a text: the canonical skill and the words that named it.</summary>
public sealed record SkillMention(Skill Skill, string MatchedText, int Start, int Length);
