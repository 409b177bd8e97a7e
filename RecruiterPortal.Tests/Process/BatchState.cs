using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Tests.OutOfProcess;

/// <summary>
/// What the database says about one tenant's ingestion, read straight from the tables (tenant
/// filters off): the truth the API answers are checked against.
/// </summary>
public sealed record BatchState(
    IReadOnlyList<BatchState.JobRow> Jobs,
    IReadOnlyList<BatchState.ResumeRow> Resumes,
    IReadOnlyList<BatchState.CandidateRow> Candidates)
{
    public int FinalJobs => Jobs.Count(j => PipelineJobStatus.IsFinal(j.Status));

    public static async Task<BatchState> ReadAsync(PortalDbContext db, Guid tenantId)
    {
        var jobs = await db.PipelineJobs.IgnoreQueryFilters().AsNoTracking()
            .Where(j => j.TenantId == tenantId)
            .Select(j => new JobRow(j.Id, j.Status, j.Attempts, j.WorkerId, j.ErrorCode, j.Error))
            .ToListAsync();
        var resumes = await db.Set<Resume>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == tenantId)
            .Select(r => new ResumeRow(r.Id, r.JobId, r.FileName, r.Status, r.CandidateId, r.VersionNumber, r.ErrorCode))
            .ToListAsync();
        var candidates = await db.Set<Candidate>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.TenantId == tenantId)
            .Select(c => new { c.Id, c.Email, c.FullName })
            .ToListAsync();
        return new BatchState(jobs, resumes, candidates.Select(c => new CandidateRow(c.Id, CandidateKeys.NormalizeEmail(c.Email), c.FullName)).ToList());
    }

    public static async Task<Guid> TenantIdAsync(PortalDbContext db, string tenantName) =>
        await db.Tenants.Where(t => t.Name == tenantName).Select(t => t.Id).SingleAsync();

    public sealed record JobRow(Guid Id, string Status, int Attempts, string? WorkerId, string? ErrorCode, string? Error);

    public sealed record ResumeRow(Guid Id, Guid? JobId, string FileName, string Status, Guid? CandidateId, int VersionNumber, string? ErrorCode);

    public sealed record CandidateRow(Guid Id, string? EmailNormalized, string? FullName);
}
