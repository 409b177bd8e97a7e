using RecruiterPortal.Benchmarks;

IBenchmarkCommand[] commands =
[
    new RankBenchmark(),
    new IngestBenchmark(),
    new JobPageBenchmark(),
    new ExportBenchmark(),
    new TailorBenchmark(),
    new TailorLlmBenchmark(),
    new BulkBenchmark(),
    new WatchersBenchmark(),
];

var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase)) : null;
if (command is null)
{
    Console.WriteLine("usage: RecruiterPortal.Benchmarks <command> [options]");
    foreach (var c in commands)
    {
        Console.WriteLine($"  {c.Name,-12} {c.Description}");
    }

    return args.Length == 0 ? 0 : 1;
}

return command.Run(args[1..]);
