namespace RecruiterPortal.Core.Tailoring;

/// <summary>One change tailoring made (or tried and reverted), with the text before and after.</summary>
/// <param name="Section">The resume section changed ("Summary", "Experience").</param>
/// <param name="Type">One of <see cref="ImprovementTypes"/>.</param>
public sealed record TailoringImprovement(string Section, string Type, string Description, string Before, string After);
