namespace RecruiterPortal.Benchmarks;

/// <summary>Option parsing and percentiles shared by the tailoring benchmarks.</summary>
internal static class BenchmarkArgs
{
    public static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];

    public const string JobText = """
        Senior Backend Engineer (Python)
        What you'll do
        - Build REST APIs and services in Python with Django and FastAPI
        - Own PostgreSQL schemas and ship through CI/CD
        Requirements
        - 5+ years of experience, strong SQL, Docker and Git
        - Bachelor's degree in Computer Science
        Nice to have
        - Kafka, Kubernetes and Terraform
        """;
}
