namespace RecruiterPortal.Core.Ai;

/// <summary>
/// One per process: spaces requests to the provider so they never exceed
/// <see cref="AiOptions.MaxRequestsPerMinute"/>, however many tailorings run at once. A token bucket
/// holding one token that refills every 60/N seconds, so requests go out evenly rather than in a
/// burst that the provider would answer with 429s.
/// </summary>
public sealed class AiRequestLimiter(int maxRequestsPerMinute, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _interval = TimeSpan.FromMinutes(1) / Math.Max(1, maxRequestsPerMinute);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public TimeSpan Interval => _interval;

    /// <summary>Books the next free slot and returns how long the caller must wait for it.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var slot = _next > now ? _next : now;
            _next = slot + _interval;
            return slot - now;
        }
    }

    /// <summary>Waits for this request's slot.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}
