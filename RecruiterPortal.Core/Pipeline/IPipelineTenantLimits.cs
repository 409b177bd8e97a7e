namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// A per-tenant limit on one kind of job, on top of the per-kind limit: a tenant at its limit on this
/// instance gets no further job of <see cref="Kind"/> until one of its running ones ends, while other
/// tenants' jobs of that kind go on. Register one per kind that needs it.
/// </summary>
public interface IPipelineTenantLimits
{
    string Kind { get; }

    /// <summary>The most jobs of <see cref="Kind"/> the tenant may run at once on this instance; null for no limit of its own.</summary>
    Task<int?> LimitAsync(Guid tenantId, CancellationToken cancellationToken);
}
