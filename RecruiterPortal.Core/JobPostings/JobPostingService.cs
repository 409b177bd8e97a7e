using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// The current tenant's job postings: list, read, create and edit (each edit a new version with a
/// fresh extraction under the recruiter's kept corrections), delete, and description files.
/// Another tenant's id is not found, exactly like a missing one.
/// </summary>
public sealed class JobPostingService(
    PortalDbContext db,
    ITenantContext tenant,
    JobDescriptionExtractor extractor,
    SkillTaxonomy taxonomy,
    IDocumentTextExtractor documents,
    ScoreJobScheduler scheduler,
    AuditLog audit,
    TimeProvider clock)
{
    public const string NotFoundCode = "not_found";
    public const string InvalidCode = "invalid";

    public async Task<JobPostingPage> ListAsync(JobPostingQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, JobPostingQuery.MaxPageSize);
        var postings = db.Set<JobPosting>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            postings = postings.Where(p => p.Status == query.Status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            postings = postings.Where(p => p.Title.ToLower().Contains(term)
                || (p.Company != null && p.Company.ToLower().Contains(term))
                || (p.Location != null && p.Location.ToLower().Contains(term)));
        }

        var total = await postings.CountAsync(cancellationToken);
        var items = await postings
            .OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new JobPostingListItem(p.Id, p.Title, p.Company, p.Location, p.EmploymentType, p.Remote, p.Status, p.ApplicationStatus, p.Version, p.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new JobPostingPage(items, page, pageSize, total);
    }

    public async Task<JobPostingView?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } posting
            ? ToView(posting)
            : null;

    /// <summary>The profile matching uses for a posting: the extraction with the recruiter's corrections.</summary>
    public static JobProfile EffectiveProfile(JobPosting posting)
    {
        var extracted = JobProfileJson.Deserialize<JobProfile>(posting.ProfileJson) ?? new JobProfile { Title = posting.Title };
        return JobProfileJson.Deserialize<JobProfileOverrides>(posting.OverridesJson)?.ApplyTo(extracted) ?? extracted;
    }

    public async Task<Result<JobPostingView>> CreateAsync(JobPostingInput input, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var errors = JobPostingValidator.Validate(input);
        if (errors.Count > 0)
        {
            return Result<JobPostingView>.Fail(string.Join(" ", errors.Values.SelectMany(v => v)), InvalidCode);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var posting = new JobPosting
        {
            TenantId = tenant.TenantId ?? throw new InvalidOperationException("Creating a job posting needs a tenant."),
            Title = input.Title.Trim(),
            CreatedByUserId = tenant.UserId,
            CreatedAt = now,
        };
        Apply(posting, input);
        posting.UpdatedAt = now;
        db.Add(posting);
        db.Add(Snapshot(posting, now));
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.EnsureQueuedAsync(posting.Id, cancellationToken);
        await audit.RecordAsync(AuditActions.JobCreated, AuditEntities.Job, posting.Id, posting.Title, cancellationToken);
        return Result<JobPostingView>.Ok(ToView(posting));
    }

    /// <summary>Replaces the posting's fields; a real change makes a new version and re-extracts, keeping corrections.</summary>
    public async Task<Result<JobPostingView>> UpdateAsync(Guid id, JobPostingInput input, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var errors = JobPostingValidator.Validate(input);
        if (errors.Count > 0)
        {
            return Result<JobPostingView>.Fail(string.Join(" ", errors.Values.SelectMany(v => v)), InvalidCode);
        }

        var posting = await db.Set<JobPosting>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        var before = Fingerprint(posting);
        Apply(posting, input);
        return await SaveVersionAsync(posting, before, cancellationToken);
    }

    /// <summary>Stores a recruiter's correction of the extracted skills, years or education.</summary>
    public async Task<Result<JobPostingView>> CorrectExtractionAsync(Guid id, JobProfileCorrection correction, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        EducationLevel? education = null;
        if (correction.EducationLevel is { Length: > 0 } level)
        {
            if (!Enum.TryParse<EducationLevel>(level.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Result<JobPostingView>.Fail($"Unknown education level '{level}'. Use one of: {string.Join(", ", Enum.GetNames<EducationLevel>())}.", InvalidCode);
            }

            education = parsed;
        }

        if (correction.MinYearsExperience is < 0 or > 60)
        {
            return Result<JobPostingView>.Fail("Minimum years of experience must be between 0 and 60.", InvalidCode);
        }

        var posting = await db.Set<JobPosting>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        var before = Fingerprint(posting);
        var current = correction.Reset ? new JobProfileOverrides() : JobProfileJson.Deserialize<JobProfileOverrides>(posting.OverridesJson) ?? new JobProfileOverrides();
        var next = current with
        {
            RequiredSkills = correction.RequiredSkills is { } required ? Canonical(required) : current.RequiredSkills,
            PreferredSkills = correction.PreferredSkills is { } preferred ? Canonical(preferred) : current.PreferredSkills,
            MinYearsExperience = correction.MinYearsExperience ?? current.MinYearsExperience,
            EducationLevel = education ?? current.EducationLevel,
        };
        posting.OverridesJson = next.IsEmpty ? null : JobProfileJson.Serialize(next);
        return await SaveVersionAsync(posting, before, cancellationToken);
    }

    /// <summary>Deletes the posting with its versions, analyses and content rankings (they mean nothing without it).</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var posting = await db.Set<JobPosting>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (posting is null)
        {
            return false;
        }

        db.Remove(posting);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.JobDeleted, AuditEntities.Job, posting.Id, posting.Title, cancellationToken);
        return true;
    }

    /// <summary>The posting's versions, newest first; null when the posting is not found.</summary>
    public async Task<IReadOnlyList<JobPostingVersionView>?> GetVersionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<JobPosting>().AnyAsync(p => p.Id == id, cancellationToken))
        {
            return null;
        }

        var versions = await db.Set<JobPostingVersion>().AsNoTracking()
            .Where(v => v.JobPostingId == id)
            .OrderByDescending(v => v.VersionNumber)
            .ToListAsync(cancellationToken);
        return versions.Select(v => new JobPostingVersionView(v.VersionNumber, v.CreatedAt, v.CreatedByUserId, JobProfileJson.Deserialize<JobPostingView>(v.SnapshotJson))).ToList();
    }

    /// <summary>Reads an uploaded description (PDF, DOCX, TXT) to text with the resume extractor's limits.</summary>
    public async Task<Result<string>> ReadDescriptionAsync(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var extracted = await documents.ExtractAsync(content, fileName, cancellationToken);
        if (!extracted.IsSuccess)
        {
            return Result<string>.Fail(extracted.Error!, extracted.Code ?? InvalidCode);
        }

        var text = extracted.Value!.Text.Trim();
        return text.Length == 0 ? Result<string>.Fail("No text could be read from this file.", "no_content") : Result<string>.Ok(text);
    }

    private async Task<Result<JobPostingView>> SaveVersionAsync(JobPosting posting, string before, CancellationToken cancellationToken)
    {
        if (Fingerprint(posting) == before)
        {
            return Result<JobPostingView>.Ok(ToView(posting));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        posting.Version++;
        posting.UpdatedAt = now;
        db.Add(Snapshot(posting, now));
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.EnsureQueuedAsync(posting.Id, cancellationToken);
        await audit.RecordAsync(AuditActions.JobEdited, AuditEntities.Job, posting.Id, $"Version {posting.Version}", cancellationToken);
        return Result<JobPostingView>.Ok(ToView(posting));
    }

    private void Apply(JobPosting posting, JobPostingInput input)
    {
        posting.Title = input.Title.Trim();
        posting.Company = Clean(input.Company);
        posting.Location = Clean(input.Location);
        posting.EmploymentType = input.EmploymentType ?? posting.EmploymentType;
        posting.Remote = input.Remote;
        posting.SalaryMin = input.SalaryMin;
        posting.SalaryMax = input.SalaryMax;
        posting.SalaryCurrency = Clean(input.SalaryCurrency)?.ToUpperInvariant();
        posting.Description = input.Description.Trim();
        posting.Status = input.Status ?? posting.Status;
        posting.ApplicationStatus = input.ApplicationStatus ?? posting.ApplicationStatus;
        var profile = extractor.Extract(posting.Description, posting.Title);
        posting.SalaryText = Clean(input.SalaryText) ?? profile.SalaryText;
        posting.ProfileJson = JobProfileJson.Serialize(profile);
    }

    private List<string> Canonical(IReadOnlyList<string> skills) =>
        skills.Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => taxonomy.Resolve(s.Trim())?.Name ?? s.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string Fingerprint(JobPosting p) =>
        JobProfileJson.Serialize(ToView(p) with { Version = 0, UpdatedAt = default });

    private JobPostingVersion Snapshot(JobPosting posting, DateTime now) => new()
    {
        TenantId = posting.TenantId,
        JobPostingId = posting.Id,
        VersionNumber = posting.Version,
        SnapshotJson = JobProfileJson.Serialize(ToView(posting)),
        CreatedByUserId = tenant.UserId,
        CreatedAt = now,
    };

    public static JobPostingView ToView(JobPosting p)
    {
        var overrides = JobProfileJson.Deserialize<JobProfileOverrides>(p.OverridesJson);
        var profile = EffectiveProfile(p);
        var corrected = new List<string>();
        if (overrides?.RequiredSkills is not null)
        {
            corrected.Add("required_skills");
        }

        if (overrides?.PreferredSkills is not null)
        {
            corrected.Add("preferred_skills");
        }

        if (overrides?.MinYearsExperience is not null)
        {
            corrected.Add("min_years_experience");
        }

        if (overrides?.EducationLevel is not null)
        {
            corrected.Add("education_level");
        }

        return new JobPostingView(
            p.Id, p.Title, p.Company, p.Location, p.EmploymentType, p.Remote, p.SalaryMin, p.SalaryMax, p.SalaryCurrency, p.SalaryText,
            p.Description, p.Status, p.ApplicationStatus, p.Version,
            new JobProfileView(
                profile.RequiredSkills, profile.PreferredSkills, profile.KeyPhrases, profile.MinYearsExperience,
                JsonName(profile.Seniority), JsonName(profile.EducationLevel), profile.EducationField,
                profile.RequirementLines, profile.Benefits, profile.SalaryText, corrected),
            p.CreatedAt, p.UpdatedAt);
    }

    private static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Result<JobPostingView> NotFound() => Result<JobPostingView>.Fail("This job posting does not exist.", NotFoundCode);
}
