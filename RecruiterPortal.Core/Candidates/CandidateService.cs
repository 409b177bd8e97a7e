using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Candidates;

/// <summary>
/// The current tenant's candidates: search, profiles, recruiter corrections, resume versions and
/// their files. Every query runs through the tenant filter, so another tenant's id finds nothing.
/// </summary>
public sealed class CandidateService(
    PortalDbContext db,
    IBlobStore blobs,
    ITenantContext tenant,
    CandidateProfileWriter writer,
    AuditLog audit,
    TimeProvider clock)
{
    public const string NotFoundCode = "not_found";
    public const string InvalidCode = "invalid";

    public async Task<CandidatePage> ListAsync(CandidateQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, CandidateQuery.MaxPageSize);
        var candidates = db.Set<Candidate>().AsNoTracking();

        if (!string.IsNullOrWhiteSpace(query.Query))
        {
            var term = query.Query.Trim().ToLowerInvariant();

            // Email and phone are encrypted: they match exactly, through their keyed hashes, never by substring.
            var emailHash = db.ContactProtection.HashEmail(CandidateKeys.NormalizeEmail(term)) ?? "-";
            var phoneHash = db.ContactProtection.HashPhone(CandidateKeys.NormalizePhone(query.Query)) ?? "-";
            candidates = candidates.Where(c =>
                (c.FullName != null && c.FullName.ToLower().Contains(term))
                || c.EmailHash == emailHash
                || c.PhoneHash == phoneHash
                || c.Skills.Any(s => s.SkillName.ToLower().Contains(term))
                || c.Experience.Any(e => (e.Title != null && e.Title.ToLower().Contains(term)) || (e.Company != null && e.Company.ToLower().Contains(term))
                    || (e.EmployerId != null && db.Set<EmployerAlias>().Any(a => a.EmployerId == e.EmployerId && a.Variant.Contains(term)))));
        }

        if (query.EmployerId is { } employerId)
        {
            candidates = candidates.Where(c => c.Experience.Any(e => e.EmployerId == employerId));
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            var skill = writer.Canonical([query.Skill]).Single().ToLowerInvariant();
            candidates = candidates.Where(c => c.Skills.Any(s => s.SkillName.ToLower() == skill));
        }

        var total = await candidates.CountAsync(cancellationToken);
        var items = await candidates
            .OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new CandidateListItem(
                c.Id,
                c.FullName,
                c.Email,
                c.Title,
                c.Skills.OrderBy(s => s.SortOrder).Select(s => s.SkillName).ToList(),
                c.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new CandidatePage(items, page, pageSize, total);
    }

    public async Task<CandidateProfile?> GetAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        var candidate = await WithProfile().AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        await audit.RecordAsync(AuditActions.CandidateViewed, AuditEntities.Candidate, candidate.Id, cancellationToken: cancellationToken);
        return ToProfile(candidate, await VersionsOfAsync(candidate, cancellationToken));
    }

    public async Task<Result<CandidateProfile>> UpdateAsync(Guid candidateId, CandidateUpdate update, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var errors = CandidateUpdateValidator.Validate(update);
        if (errors.Count > 0)
        {
            return Result<CandidateProfile>.Fail(string.Join(" ", errors.Values.SelectMany(v => v)), InvalidCode);
        }

        var candidate = await WithProfile().FirstOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null)
        {
            return Result<CandidateProfile>.Fail("This candidate does not exist.", NotFoundCode);
        }

        if (update.FullName is not null)
        {
            candidate.FullName = update.FullName.Trim();
        }

        if (update.Email is not null)
        {
            candidate.Email = Blank(update.Email);
        }

        if (update.Phone is not null)
        {
            candidate.Phone = Blank(update.Phone);
        }

        candidate.Location = update.Location is null ? candidate.Location : Blank(update.Location);
        candidate.LinkedinUrl = update.LinkedinUrl is null ? candidate.LinkedinUrl : Blank(update.LinkedinUrl);
        candidate.GithubUrl = update.GithubUrl is null ? candidate.GithubUrl : Blank(update.GithubUrl);
        candidate.Website = update.Website is null ? candidate.Website : Blank(update.Website);
        candidate.Summary = update.Summary is null ? candidate.Summary : Blank(update.Summary);
        if (update.Skills is not null)
        {
            writer.SetSkills(db, candidate, update.Skills);
        }

        candidate.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.CandidateEdited, AuditEntities.Candidate, candidate.Id, "Fields: " + string.Join(", ", update.ChangedFields()), cancellationToken);
        return Result<CandidateProfile>.Ok(ToProfile(candidate, await VersionsOfAsync(candidate, cancellationToken)));
    }

    /// <summary>The candidate's resume versions, newest first; null for an unknown candidate.</summary>
    public async Task<IReadOnlyList<CandidateResumeView>?> GetResumesAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        var candidate = await db.Set<Candidate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        return candidate is null ? null : await VersionsOfAsync(candidate, cancellationToken);
    }

    /// <summary>The original uploaded file of a resume of the tenant.</summary>
    public async Task<ResumeFile?> DownloadAsync(Guid resumeId, CancellationToken cancellationToken = default)
    {
        var resume = await db.Set<Resume>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == resumeId, cancellationToken);
        if (resume is null || tenant.TenantId is not { } tenantId)
        {
            return null;
        }

        var content = await blobs.ReadAsync(tenantId, resume.Sha256, cancellationToken);
        if (content is not null)
        {
            await audit.RecordAsync(AuditActions.ResumeDownloaded, AuditEntities.Resume, resume.Id, $"Candidate {resume.CandidateId}", cancellationToken);
        }

        return content is null ? null : new ResumeFile(content, resume.ContentType, resume.FileName);
    }

    /// <summary>The text extracted from a resume; null when unknown or not yet extracted.</summary>
    public Task<string?> GetTextAsync(Guid resumeId, CancellationToken cancellationToken = default) =>
        db.Set<Resume>().Where(r => r.Id == resumeId).Select(r => r.RawText).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Candidate> WithProfile() =>
        db.Set<Candidate>()
            .Include(c => c.Experience)
            .Include(c => c.Education)
            .Include(c => c.Projects)
            .Include(c => c.Skills)
            .AsSplitQuery();

    private async Task<IReadOnlyList<CandidateResumeView>> VersionsOfAsync(Candidate candidate, CancellationToken cancellationToken) =>
        await db.Set<Resume>()
            .Where(r => r.CandidateId == candidate.Id && r.Status == ResumeStatuses.Completed)
            .OrderByDescending(r => r.VersionNumber)
            .Select(r => new CandidateResumeView(r.Id, r.FileName, r.Sha256, r.UploadedAt, r.VersionNumber, r.Format, r.SizeBytes, r.Id == candidate.CurrentResumeId))
            .ToListAsync(cancellationToken);

    private static CandidateProfile ToProfile(Candidate c, IReadOnlyList<CandidateResumeView> resumes) => new(
        c.Id,
        c.FullName,
        c.Email,
        c.Phone,
        c.Location,
        c.LinkedinUrl,
        c.GithubUrl,
        c.Website,
        c.Summary,
        c.Skills.OrderBy(s => s.SortOrder).Select(s => s.SkillName).ToList(),
        c.Experience.OrderBy(e => e.SortOrder).Select(e => new CandidateExperienceView(e.Title, e.Company, e.Location, e.StartDate, e.EndDate, e.IsCurrent, e.Bullets, e.EmployerId, e.Department)).ToList(),
        c.Education.OrderBy(e => e.SortOrder).Select(e => new CandidateEducationView(e.Institution, e.Degree, e.FieldOfStudy, e.StartDate, e.EndDate, e.Gpa)).ToList(),
        c.Projects.OrderBy(p => p.SortOrder).Select(p => new CandidateProjectView(p.Name, p.Description, p.Technologies, p.Url)).ToList(),
        c.Certifications,
        c.Languages,
        resumes,
        c.TotalYearsExperience,
        c.CreatedAt,
        c.UpdatedAt);

    private static string? Blank(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
