namespace RecruiterPortal.Core.Matching;

/// <summary>
/// A recruiter's reordering: for each list given, the items' <see cref="RankedContent.Index"/>
/// values in the new order (every item once). An omitted list keeps its order.
/// </summary>
public sealed record ContentOrder(IReadOnlyList<int>? Experiences = null, IReadOnlyList<int>? Projects = null, IReadOnlyList<int>? Skills = null);
