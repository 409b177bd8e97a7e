using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// Five demo postings (software, nursing, sales, finance, logistics) that fit the demo resumes.
/// Idempotent: a posting whose title the tenant already has is skipped. No scoring is queued here
/// (seeding runs before workers); the first ranking read queues it.
/// </summary>
public sealed class DemoJobPostings(PortalDbContext db, JobDescriptionExtractor extractor, TimeProvider clock)
{
    public async Task<int> SeedAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var existing = await db.Set<JobPosting>().IgnoreQueryFilters().Where(p => p.TenantId == tenantId).Select(p => p.Title).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var demo in DemoJobTexts.All.Where(d => !existing.Contains(d.Title)))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var posting = new JobPosting
            {
                TenantId = tenantId,
                Title = demo.Title,
                Company = demo.Company,
                Location = demo.Location,
                EmploymentType = demo.EmploymentType,
                Remote = demo.Remote,
                SalaryMin = demo.SalaryMin,
                SalaryMax = demo.SalaryMax,
                SalaryCurrency = "USD",
                Description = demo.Description,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var profile = extractor.Extract(demo.Description, demo.Title);
            posting.SalaryText = profile.SalaryText;
            posting.ProfileJson = JobProfileJson.Serialize(profile);
            db.Add(posting);
            db.Add(new JobPostingVersion
            {
                TenantId = tenantId,
                JobPostingId = posting.Id,
                VersionNumber = 1,
                SnapshotJson = JobProfileJson.Serialize(JobPostingService.ToView(posting)),
                CreatedAt = now,
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
