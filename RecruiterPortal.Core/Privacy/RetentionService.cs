using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Privacy;

/// <summary>The current tenant's retention setting and what it would erase now.</summary>
public sealed record RetentionView(int? RetentionDays, int DueNow, DateTime? CutoffUtc);

/// <summary>
/// The current tenant's candidate retention: a number of days (null keeps candidates for ever)
/// after a candidate's last activity — <see cref="Candidate.UpdatedAt"/>, which moves on creation,
/// on every new resume version and on every recruiter correction — after which the retention job
/// erases the candidate (docs/privacy.md).
/// </summary>
public sealed class RetentionService(PortalDbContext db, AuditLog audit, ITenantContext caller, TimeProvider clock)
{
    public const int MinDays = 1;
    public const int MaxDays = 36500;
    public const string InvalidCode = "invalid";

    public async Task<RetentionView> GetAsync(CancellationToken cancellationToken = default)
    {
        var days = await db.Tenants.Where(t => t.Id == db.CurrentTenantId).Select(t => t.RetentionDays).FirstOrDefaultAsync(cancellationToken);
        if (days is not { } keep)
        {
            return new RetentionView(null, 0, null);
        }

        var cutoff = CutoffOf(keep, clock);
        return new RetentionView(keep, await Due(db, cutoff).CountAsync(cancellationToken), cutoff);
    }

    public async Task<Result<RetentionView>> SetAsync(int? days, CancellationToken cancellationToken = default)
    {
        caller.Demand(PortalRoles.Admin);
        if (days is < MinDays or > MaxDays)
        {
            return Result<RetentionView>.Fail($"Retention must be between {MinDays} and {MaxDays} days, or empty to keep candidates.", InvalidCode);
        }

        var tenant = await db.Tenants.FirstAsync(t => t.Id == db.CurrentTenantId, cancellationToken);
        if (tenant.RetentionDays != days)
        {
            var before = tenant.RetentionDays;
            tenant.RetentionDays = days;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.RetentionChanged, AuditEntities.Settings, "retention",
                $"Retention {Describe(before)} → {Describe(days)}", cancellationToken);
        }

        return Result<RetentionView>.Ok(await GetAsync(cancellationToken));
    }

    /// <summary>Candidates of the context's tenant whose last activity is before the cutoff.</summary>
    internal static IQueryable<Candidate> Due(PortalDbContext db, DateTime cutoffUtc) =>
        db.Set<Candidate>().Where(c => c.UpdatedAt < cutoffUtc);

    internal static DateTime CutoffOf(int days, TimeProvider clock) => clock.GetUtcNow().UtcDateTime.AddDays(-days);

    private static string Describe(int? days) => days is { } d ? $"{d} days" : "off";
}
