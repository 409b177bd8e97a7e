namespace RecruiterPortal.Core.Matching;

/// <summary>One piece of a resume (an experience, project or skill) with how much it matters for a job and why.</summary>
/// <param name="Index">Position of the item in the parsed resume's list.</param>
/// <param name="Label">Title, project name or skill name, for display.</param>
/// <param name="RelevanceScore">0–1, rounded to 4 decimals.</param>
public sealed record RankedContent(int Index, string Label, double RelevanceScore, string Reason);
