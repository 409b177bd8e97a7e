using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// Finds the existing candidate a new resume belongs to: same email (case-insensitive) first, else
/// same phone in E.164. The tenant is explicit, so seeding without an ambient tenant works too.
/// </summary>
public static class CandidateMatcher
{
    public static async Task<Candidate?> FindAsync(PortalDbContext db, Guid tenantId, string? emailNormalized, string? phoneE164, CancellationToken cancellationToken)
    {
        if (emailNormalized is not null
            && await WithProfile(db, tenantId).Where(c => c.EmailNormalized == emailNormalized).OrderBy(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken) is { } byEmail)
        {
            return byEmail;
        }

        return phoneE164 is null
            ? null
            : await WithProfile(db, tenantId).Where(c => c.PhoneE164 == phoneE164).OrderBy(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
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
