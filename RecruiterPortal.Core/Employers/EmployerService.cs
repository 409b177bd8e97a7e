using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Employers;

/// <summary>
/// The current tenant's canonical employers: list and detail with candidate counts, a recruiter's
/// merge and split (both audited), and the backfill that links experience rows saved before
/// employers existed. Linking itself happens on every save (<see cref="EmployerLinks"/>).
/// </summary>
public sealed class EmployerService(PortalDbContext db, ITenantContext tenant, AuditLog audit, TimeProvider clock)
{
    public const string NotFoundCode = "not_found";
    public const string InvalidCode = "invalid";

    /// <summary>The longest display name an employer can have.</summary>
    public const int MaxNameLength = 300;

    public async Task<EmployerPage> ListAsync(EmployerQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, EmployerQuery.MaxPageSize);
        var employers = db.Set<Employer>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Query))
        {
            var term = query.Query.Trim().ToLowerInvariant();
            employers = employers.Where(e => e.Name.ToLower().Contains(term)
                || db.Set<EmployerAlias>().Any(a => a.EmployerId == e.Id && a.Variant.Contains(term)));
        }

        var experience = db.Set<CandidateExperience>();
        var total = await employers.CountAsync(cancellationToken);
        var rows = await employers
            .Select(e => new
            {
                e.Id,
                e.Name,
                Candidates = experience.Where(x => x.EmployerId == e.Id).Select(x => x.CandidateId).Distinct().Count(),
            })
            .OrderByDescending(e => e.Candidates).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var variants = (await db.Set<EmployerAlias>().AsNoTracking().Where(a => ids.Contains(a.EmployerId)).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.EmployerId, a => a.Name);
        var items = rows.Select(r => new EmployerListItem(r.Id, r.Name, variants[r.Id].ToList(), r.Candidates)).ToList();
        return new EmployerPage(items, page, pageSize, total);
    }

    /// <summary>Every employer of the tenant by name, for pickers.</summary>
    public async Task<IReadOnlyList<EmployerListItem>> AllAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(new EmployerQuery(PageSize: EmployerQuery.MaxPageSize), cancellationToken)).Items.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<EmployerView?> GetAsync(Guid employerId, CancellationToken cancellationToken = default)
    {
        var employer = await db.Set<Employer>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
        return employer is null ? null : await ViewAsync(employer, cancellationToken);
    }

    /// <summary>
    /// Merges <paramref name="employerId"/> into <paramref name="intoEmployerId"/>: its aliases,
    /// departments and roles move, its experience entries re-point, and it is deleted.
    /// </summary>
    public async Task<Result<EmployerView>> MergeAsync(Guid employerId, Guid intoEmployerId, CancellationToken cancellationToken = default)
    {
        var source = await ToChangeAsync(employerId, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        if (intoEmployerId == employerId)
        {
            return Result<EmployerView>.Fail("An employer cannot be merged into itself.", InvalidCode);
        }

        var target = await db.Set<Employer>().FirstOrDefaultAsync(e => e.Id == intoEmployerId, cancellationToken);
        if (target is null)
        {
            return Result<EmployerView>.Fail("The employer to merge into does not exist.", InvalidCode);
        }

        await CandidateIdentityLock.RunAsync(db, source.TenantId, async () =>
        {
            foreach (var alias in await db.Set<EmployerAlias>().Where(a => a.EmployerId == source.Id).ToListAsync(cancellationToken))
            {
                alias.EmployerId = target.Id;
            }

            foreach (var row in await db.Set<CandidateExperience>().Where(x => x.EmployerId == source.Id).ToListAsync(cancellationToken))
            {
                row.EmployerId = target.Id;
            }

            target.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            await RebuildAsync([source.Id, target.Id], cancellationToken);
            db.Remove(source);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

        await audit.RecordAsync(AuditActions.EmployerMerged, AuditEntities.Employer, target.Id, $"Merged employer {source.Id} into {target.Id}", cancellationToken);
        return Result<EmployerView>.Ok(await ViewAsync(target, cancellationToken));
    }

    /// <summary>
    /// Splits the written form <paramref name="alias"/> off <paramref name="employerId"/> into an
    /// employer of its own; the experience entries written that way go with it.
    /// </summary>
    public async Task<Result<EmployerView>> SplitAsync(Guid employerId, string? alias, CancellationToken cancellationToken = default)
    {
        var source = await ToChangeAsync(employerId, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var parts = EmployerNames.Parse(alias);
        var aliases = await db.Set<EmployerAlias>().Where(a => a.EmployerId == source.Id).ToListAsync(cancellationToken);
        var moving = parts is null ? null : aliases.FirstOrDefault(a => a.Variant == parts.Variant)
            ?? aliases.FirstOrDefault(a => string.Equals(a.Name, EmployerNames.Collapse(alias), StringComparison.OrdinalIgnoreCase));
        if (moving is null)
        {
            return Result<EmployerView>.Fail("This employer has no such alias.", InvalidCode);
        }

        if (aliases.Count == 1)
        {
            return Result<EmployerView>.Fail("This is the employer's only alias: there is nothing to split it from.", InvalidCode);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var split = new Employer
        {
            TenantId = source.TenantId,
            Name = SplitName(moving, source),
            Key = moving.Key,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await CandidateIdentityLock.RunAsync(db, source.TenantId, async () =>
        {
            db.Add(split);
            moving.EmployerId = split.Id;
            var rows = await db.Set<CandidateExperience>().Where(x => x.EmployerId == source.Id).ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => EmployerNames.Parse(r.Company)?.Variant == moving.Variant))
            {
                row.EmployerId = split.Id;
            }

            source.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await RebuildAsync([source.Id, split.Id], cancellationToken);
            return true;
        }, cancellationToken);

        await audit.RecordAsync(AuditActions.EmployerSplit, AuditEntities.Employer, source.Id, $"Split alias {moving.Id} off into employer {split.Id}", cancellationToken);
        return Result<EmployerView>.Ok(await ViewAsync(split, cancellationToken));
    }

    /// <summary>
    /// Gives <paramref name="employerId"/> the display name <paramref name="name"/> as typed. Its
    /// written forms stay with it, and a resume that later writes the new name joins it too. A name
    /// that another employer already answers to is refused: those two want a merge.
    /// </summary>
    public async Task<Result<EmployerView>> RenameAsync(Guid employerId, string? name, CancellationToken cancellationToken = default)
    {
        var employer = await ToChangeAsync(employerId, cancellationToken);
        if (employer is null)
        {
            return NotFound();
        }

        var display = EmployerNames.Collapse(name);
        var key = EmployerNames.Key(display);
        if (key.Length == 0)
        {
            return Result<EmployerView>.Fail("An employer needs a name with letters or digits.", InvalidCode);
        }

        if (display.Length > MaxNameLength)
        {
            return Result<EmployerView>.Fail($"An employer's name has at most {MaxNameLength} characters.", InvalidCode);
        }

        var taken = await db.Set<Employer>().AsNoTracking()
            .Where(e => e.Id != employerId && (e.Key == key || db.Set<EmployerAlias>().Any(a => a.EmployerId == e.Id && a.Key == key)))
            .Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            return Result<EmployerView>.Fail($"\"{taken}\" already goes by this name: merge the two employers instead.", InvalidCode);
        }

        employer.Name = display;
        employer.Key = key.Length <= MaxNameLength ? key : key[..MaxNameLength];
        employer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        // Names stay out of the log: a one-person company's name can be a person's.
        await audit.RecordAsync(AuditActions.EmployerRenamed, AuditEntities.Employer, employer.Id, $"Renamed employer {employer.Id}", cancellationToken);
        return Result<EmployerView>.Ok(await ViewAsync(employer, cancellationToken));
    }

    /// <summary>
    /// Links the experience rows of a tenant that have a company but no employer (saved before
    /// employers existed); returns how many were linked. Idempotent.
    /// </summary>
    public async Task<int> BackfillAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        await CandidateIdentityLock.RunAsync(db, tenantId, async () =>
        {
            var rows = await db.Set<CandidateExperience>().IgnoreQueryFilters()
                .Where(x => x.TenantId == tenantId && x.EmployerId == null && x.Company != null)
                .OrderBy(x => x.CandidateId).ThenBy(x => x.SortOrder)
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                // Marking the company changed makes the save link the row (EmployerLinks).
                db.Entry(row).Property(x => x.Company).IsModified = true;
            }

            await db.SaveChangesAsync(cancellationToken);
            return rows.Count(r => r.EmployerId is not null);
        }, cancellationToken);

    /// <summary>Links every tenant's unlinked experience rows; run at start-up.</summary>
    public async Task<int> BackfillAllAsync(CancellationToken cancellationToken = default)
    {
        var tenants = await db.Set<CandidateExperience>().IgnoreQueryFilters()
            .Where(x => x.EmployerId == null && x.Company != null)
            .Select(x => x.TenantId).Distinct().ToListAsync(cancellationToken);
        var linked = 0;
        foreach (var tenantId in tenants)
        {
            linked += await BackfillAsync(tenantId, cancellationToken);
        }

        return linked;
    }

    /// <summary>The employer a Recruiter is about to change, tracked; null when the tenant has none with that id.</summary>
    private async Task<Employer?> ToChangeAsync(Guid employerId, CancellationToken cancellationToken)
    {
        tenant.Demand(PortalRoles.Recruiter);
        return await db.Set<Employer>().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
    }

    private static Result<EmployerView> NotFound() => Result<EmployerView>.Fail("This employer does not exist.", NotFoundCode);

    /// <summary>Rebuilds the departments and roles of employers from their experience rows.</summary>
    private async Task RebuildAsync(IReadOnlyList<Guid> employerIds, CancellationToken cancellationToken)
    {
        db.RemoveRange(await db.Set<EmployerDepartment>().Where(d => employerIds.Contains(d.EmployerId)).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<EmployerRole>().Where(r => employerIds.Contains(r.EmployerId)).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        var rows = await db.Set<CandidateExperience>().AsNoTracking()
            .Where(x => x.EmployerId != null && employerIds.Contains(x.EmployerId.Value))
            .Select(x => new { x.TenantId, EmployerId = x.EmployerId!.Value, x.Department, x.Title })
            .ToListAsync(cancellationToken);
        foreach (var group in rows.Where(r => r.Department is not null).GroupBy(r => (r.EmployerId, Key: EmployerLinks.Fold(r.Department!))))
        {
            var first = group.First();
            db.Add(new EmployerDepartment { TenantId = first.TenantId, EmployerId = first.EmployerId, Name = first.Department!, Key = Clip(group.Key.Key, 200) });
        }

        foreach (var group in rows.Where(r => !string.IsNullOrWhiteSpace(r.Title)).GroupBy(r => (r.EmployerId, Key: EmployerLinks.Fold(r.Title!))))
        {
            var first = group.First();
            db.Add(new EmployerRole { TenantId = first.TenantId, EmployerId = first.EmployerId, Title = Clip(EmployerNames.Collapse(first.Title), 300), Key = Clip(group.Key.Key, 300) });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<EmployerView> ViewAsync(Employer employer, CancellationToken cancellationToken)
    {
        var aliases = await db.Set<EmployerAlias>().AsNoTracking().Where(a => a.EmployerId == employer.Id).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var rows = await db.Set<CandidateExperience>().AsNoTracking().Where(x => x.EmployerId == employer.Id)
            .Select(x => new { x.CandidateId, x.Company }).ToListAsync(cancellationToken);
        var byVariant = rows.GroupBy(r => EmployerNames.Parse(r.Company)?.Variant ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());
        var departments = await db.Set<EmployerDepartment>().AsNoTracking().Where(d => d.EmployerId == employer.Id).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
        var roles = await db.Set<EmployerRole>().AsNoTracking().Where(r => r.EmployerId == employer.Id).OrderBy(r => r.Title).Select(r => r.Title).ToListAsync(cancellationToken);
        return new EmployerView(
            employer.Id,
            employer.Name,
            rows.Select(r => r.CandidateId).Distinct().Count(),
            aliases.Select(a => new EmployerAliasView(a.Name, a.Variant, byVariant.GetValueOrDefault(a.Variant))).ToList(),
            departments,
            roles,
            employer.CreatedAt,
            employer.UpdatedAt);
    }

    /// <summary>The display name of a split-off form; the form as written when the display name would repeat the employer it left.</summary>
    private static string SplitName(EmployerAlias moving, Employer source) =>
        EmployerNames.Parse(moving.Name)?.Name is { } name && !string.Equals(name, source.Name, StringComparison.OrdinalIgnoreCase) ? name : moving.Name;

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
