using System.Collections.Concurrent;

namespace RecruiterPortal.Core.Ai;

/// <summary>
/// One per process: the request limiters of tenants that chose a lower rate than the portal's,
/// one per tenant and rate, so a tenant's clients share theirs as the process's clients share its own.
/// </summary>
public sealed class TenantAiLimiters(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(Guid TenantId, int PerMinute), AiRequestLimiter> _limiters = new();

    public AiRequestLimiter For(Guid tenantId, int perMinute) =>
        _limiters.GetOrAdd((tenantId, perMinute), key => new AiRequestLimiter(key.PerMinute, clock));
}
