using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Employers;

/// <summary>
/// Keeps experience rows linked to their canonical employer on every save, whoever wrote them
/// (resume ingestion, the demo seed, a correction): an added row, or one whose company changed, is
/// resolved through an <see cref="EmployerDirectory"/> of its tenant, new employers and aliases are
/// added to the same save, and the department and title are recorded under the employer.
/// </summary>
public static class EmployerLinks
{
    public static void Link(PortalDbContext db)
    {
        foreach (var batch in Pending(db))
        {
            var (variants, keys) = Wanted(batch);
            var aliases = Aliases(db, batch.Key, variants, keys).ToList();
            var employerIds = aliases.Select(a => a.EmployerId).Distinct().ToList();
            var employers = Employers(db, batch.Key, keys, employerIds).ToList();
            var linked = Apply(db, batch.Key, batch.ToList(), employers, aliases);
            var touched = linked.Select(e => e.EmployerId!.Value).Distinct().ToList();
            Record(db, batch.Key, batch.ToList(), Departments(db, batch.Key, touched).ToList(), Roles(db, batch.Key, touched).ToList());
        }
    }

    public static async Task LinkAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        foreach (var batch in Pending(db))
        {
            var (variants, keys) = Wanted(batch);
            var aliases = await Aliases(db, batch.Key, variants, keys).ToListAsync(cancellationToken);
            var employerIds = aliases.Select(a => a.EmployerId).Distinct().ToList();
            var employers = await Employers(db, batch.Key, keys, employerIds).ToListAsync(cancellationToken);
            var linked = Apply(db, batch.Key, batch.ToList(), employers, aliases);
            var touched = linked.Select(e => e.EmployerId!.Value).Distinct().ToList();
            Record(db, batch.Key, batch.ToList(), await Departments(db, batch.Key, touched).ToListAsync(cancellationToken), await Roles(db, batch.Key, touched).ToListAsync(cancellationToken));
        }
    }

    /// <summary>Experience rows that are new or whose company changed, by tenant.</summary>
    private static List<IGrouping<Guid, CandidateExperience>> Pending(PortalDbContext db) =>
        db.ChangeTracker.Entries<CandidateExperience>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(x => x.Company).IsModified))
            .Select(e => e.Entity)
            .GroupBy(e => e.TenantId)
            .ToList();

    private static (List<string> Variants, List<string> Keys) Wanted(IEnumerable<CandidateExperience> rows)
    {
        var parts = rows.Select(r => EmployerNames.Parse(r.Company)).OfType<EmployerNames.Parts>().ToList();
        return (parts.Select(p => p.Variant).Distinct().ToList(), parts.Select(p => p.Key).Distinct().ToList());
    }

    private static IQueryable<EmployerAlias> Aliases(PortalDbContext db, Guid tenantId, List<string> variants, List<string> keys) =>
        db.Set<EmployerAlias>().IgnoreQueryFilters().Where(a => a.TenantId == tenantId && (variants.Contains(a.Variant) || keys.Contains(a.Key)));

    private static IQueryable<Employer> Employers(PortalDbContext db, Guid tenantId, List<string> keys, List<Guid> ids) =>
        db.Set<Employer>().IgnoreQueryFilters().Where(e => e.TenantId == tenantId && (keys.Contains(e.Key) || ids.Contains(e.Id)));

    private static IQueryable<EmployerDepartment> Departments(PortalDbContext db, Guid tenantId, List<Guid> employerIds) =>
        db.Set<EmployerDepartment>().IgnoreQueryFilters().Where(d => d.TenantId == tenantId && employerIds.Contains(d.EmployerId));

    private static IQueryable<EmployerRole> Roles(PortalDbContext db, Guid tenantId, List<Guid> employerIds) =>
        db.Set<EmployerRole>().IgnoreQueryFilters().Where(r => r.TenantId == tenantId && employerIds.Contains(r.EmployerId));

    /// <summary>Links each row; returns the rows that have an employer.</summary>
    private static List<CandidateExperience> Apply(PortalDbContext db, Guid tenantId, List<CandidateExperience> rows, List<Employer> employers, List<EmployerAlias> aliases)
    {
        // Employers and aliases added earlier in this unit of work (not yet saved) count too.
        employers.AddRange(db.ChangeTracker.Entries<Employer>().Where(e => e.State == EntityState.Added && e.Entity.TenantId == tenantId).Select(e => e.Entity));
        aliases.AddRange(db.ChangeTracker.Entries<EmployerAlias>().Where(e => e.State == EntityState.Added && e.Entity.TenantId == tenantId).Select(e => e.Entity));
        var directory = new EmployerDirectory(tenantId, employers.DistinctBy(e => e.Id), aliases.DistinctBy(a => a.Id), DateTime.UtcNow);
        var linked = new List<CandidateExperience>();
        foreach (var row in rows)
        {
            var resolved = directory.Resolve(row.Company);
            row.EmployerId = resolved?.Employer.Id;
            row.Department = resolved?.Department is { } department ? Clip(department, 200) : null;
            if (resolved is not null)
            {
                linked.Add(row);
            }
        }

        db.AddRange(directory.Added);
        return linked;
    }

    /// <summary>Adds the departments and position titles the rows name that their employer does not list yet.</summary>
    private static void Record(PortalDbContext db, Guid tenantId, List<CandidateExperience> rows, List<EmployerDepartment> departments, List<EmployerRole> roles)
    {
        departments.AddRange(db.ChangeTracker.Entries<EmployerDepartment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        roles.AddRange(db.ChangeTracker.Entries<EmployerRole>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        var knownDepartments = departments.Select(d => (d.EmployerId, d.Key)).ToHashSet();
        var knownRoles = roles.Select(r => (r.EmployerId, r.Key)).ToHashSet();
        foreach (var row in rows.Where(r => r.EmployerId is not null))
        {
            var employerId = row.EmployerId!.Value;
            if (row.Department is { } department && knownDepartments.Add((employerId, Clip(Fold(department), 200))))
            {
                db.Add(new EmployerDepartment { TenantId = tenantId, EmployerId = employerId, Name = department, Key = Clip(Fold(department), 200) });
            }

            if (EmployerNames.Collapse(row.Title) is { Length: > 0 } title && knownRoles.Add((employerId, Clip(Fold(title), 300))))
            {
                db.Add(new EmployerRole { TenantId = tenantId, EmployerId = employerId, Title = Clip(title, 300), Key = Clip(Fold(title), 300) });
            }
        }
    }

    /// <summary>Lower case with single spaces: how departments and titles are compared.</summary>
    public static string Fold(string value) => EmployerNames.Collapse(value).ToLowerInvariant();

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
