namespace RecruiterPortal.Core.Skills;

/// <summary>A canonical skill of the taxonomy, with the other names it goes by.</summary>
public sealed record Skill(string Key, string Name, string Category, IReadOnlyList<string> Aliases);
