namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// The wait before retrying after a transient failure: base × 4^(attempt−1), capped, with ±20 %
/// jitter so jobs that failed together (a database blip) do not all retry in the same instant.
/// </summary>
public static class PipelineBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitterSample)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 16);
        var nominal = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(4, exponent), maxDelay.TotalMilliseconds);
        var jitter = 0.8 + (0.4 * Math.Clamp(jitterSample, 0, 1));
        return TimeSpan.FromMilliseconds(nominal * jitter);
    }

    public static TimeSpan Delay(int attempt, PipelineOptions options) =>
        Delay(attempt, options.RetryBaseDelay, options.RetryMaxDelay, Random.Shared.NextDouble());
}
