namespace RecruiterPortal.Core.Tailoring;

/// <summary>One thing a tailored resume claims that the original does not support.</summary>
/// <param name="Type">One of <see cref="GuardViolationTypes"/>.</param>
/// <param name="Text">The offending words as the tailored resume has them.</param>
/// <param name="Detail">What is wrong, in words a recruiter understands.</param>
public sealed record GuardViolation(string Type, string Text, string Detail);
