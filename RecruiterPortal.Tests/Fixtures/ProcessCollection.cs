namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// Tests that start the portal as separate processes run alone, after the parallel ones: each
/// process starts its own workers, and on a 2-core machine shared with other tests a start-up or a
/// restart could otherwise miss its deadline.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "Process";
}
