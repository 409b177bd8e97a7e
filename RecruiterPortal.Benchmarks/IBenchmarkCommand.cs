namespace RecruiterPortal.Benchmarks;

/// <summary>One benchmark the console runs, chosen by its name as the first argument.</summary>
internal interface IBenchmarkCommand
{
    string Name { get; }

    string Description { get; }

    int Run(string[] args);
}
