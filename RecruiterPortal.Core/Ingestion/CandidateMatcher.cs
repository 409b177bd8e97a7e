using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// Finds the existing candidate a new resume belongs to: same email (case-insensitive) first, else
/// same phone in E.164, compared through their keyed hashes. The tenant is explicit, so seeding without an ambient tenant works too.
/// </summary>
public static class CandidateMatcher
{
    public static async Task<Candidate?> FindAsync(PortalDbContext db, Guid tenantId, string? emailNormalized, string? phoneE164, CancellationToken cancellationToken)
    {
        // The columns hold keyed hashes (docs/privacy.md), so the lookup hashes the key the same way.
        if (db.ContactProtection.HashEmail(emailNormalized) is { } emailHash
            && await WithProfile(db, tenantId).Where(c => c.EmailHash == emailHash).OrderBy(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken) is { } byEmail)
        {
            return byEmail;
        }

        return db.ContactProtection.HashPhone(phoneE164) is not { } phoneHash
            ? null
            : await WithProfile(db, tenantId).Where(c => c.PhoneHash == phoneHash).OrderBy(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Candidates of the tenant with the rows a new version replaces.</summary>
    public static IQueryable<Candidate> WithProfile(PortalDbContext db, Guid tenantId) =>
        db.Set<Candidate>().IgnoreQueryFilters()
            .Where(c => c.TenantId == tenantId)
            .Include(c => c.Experience)
            .Include(c => c.Education)
            .Include(c => c.Projects)
            .Include(c => c.Skills)
            .AsSplitQuery();
}
