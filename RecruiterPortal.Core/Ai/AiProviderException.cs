namespace RecruiterPortal.Core.Ai;

/// <summary>A provider answered with an error, or could not be reached.</summary>
/// <param name="StatusCode">The HTTP status, or null when no answer came (network failure).</param>
/// <param name="RetryAfter">How long the provider asked callers to wait (Retry-After), if it said.</param>
public sealed class AiProviderException(string message, int? statusCode, TimeSpan? retryAfter, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Worth trying again: rate-limited, a server error, or no answer at all.</summary>
    public bool IsTransient => StatusCode is null or 408 or 429 or >= 500;
}
