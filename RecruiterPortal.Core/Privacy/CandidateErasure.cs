using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Reports;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Privacy;

/// <summary>
/// Erases a candidate of the current tenant: the candidate row and its skills, experience,
/// education and projects; every resume version (text and parsed data with it) and byte-identical
/// re-uploads of them; match analyses and content rankings; tailored resumes, single or in a bulk
/// session (the items are removed, and the session's counts follow its remaining items), cover
/// letters among them; writing samples, active and archived; their
/// rows in saved reports (the reports show one row fewer); the
/// pipeline jobs and checkpoints about those resumes and tailorings; and each stored file once no
/// other resume row of the tenant points at it. Exports are made on request and never stored, so
/// none remain. The audit log keeps its entries (they hold ids only) and gains one "candidate
/// erased" entry with counts. See docs/privacy.md.
/// </summary>
public sealed class CandidateErasure(PortalDbContext db, IBlobStore blobs, AuditLog audit, ITenantContext tenant)
{
    /// <summary>The actor the retention job is recorded as.</summary>
    public const string RetentionActor = "retention";

    /// <summary>Erases the candidate; null when the tenant has no such candidate.</summary>
    public async Task<ErasureSummary?> EraseAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        return await EraseCoreAsync(candidateId, byRetention: false, cancellationToken);
    }

    /// <summary>Erases for the retention job, recorded with the actor <see cref="RetentionActor"/>.</summary>
    internal async Task<ErasureSummary?> EraseForRetentionAsync(Guid candidateId, CancellationToken cancellationToken = default) =>
        await EraseCoreAsync(candidateId, byRetention: true, cancellationToken);

    private async Task<ErasureSummary?> EraseCoreAsync(Guid candidateId, bool byRetention, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        if (!await db.Set<Candidate>().AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            return null;
        }

        var own = await db.Set<Resume>().Where(r => r.CandidateId == candidateId).Select(r => new { r.Id, r.Sha256, r.JobId }).ToListAsync(cancellationToken);
        var ownIds = own.Select(r => r.Id).ToList();
        var copies = await db.Set<Resume>()
            .Where(r => r.DuplicateOfResumeId != null && ownIds.Contains(r.DuplicateOfResumeId.Value) && !ownIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Sha256, r.JobId })
            .ToListAsync(cancellationToken);
        var resumes = own.Concat(copies).ToList();
        var resumeIds = resumes.Select(r => r.Id).ToList();
        var tailorIds = await db.Set<TailoredResume>().Where(t => t.CandidateId == candidateId).Select(t => t.Id).ToListAsync(cancellationToken);
        var subjects = resumeIds.Concat(tailorIds).ToList();
        var resumeJobs = resumes.Where(r => r.JobId != null).Select(r => r.JobId!.Value).ToList();
        var jobIds = await db.PipelineJobs
            .Where(j => (j.SubjectId != null && subjects.Contains(j.SubjectId.Value)) || resumeJobs.Contains(j.Id))
            .Select(j => j.Id)
            .ToListAsync(cancellationToken);

        int analyses;
        var strategy = db.Database.CreateExecutionStrategy();
        analyses = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.PipelineCheckpoints.Where(c => jobIds.Contains(c.JobId)).ExecuteDeleteAsync(cancellationToken);
            await db.PipelineJobs.Where(j => jobIds.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
            var removed = await db.Set<ResumeAnalysis>().Where(a => a.CandidateId == candidateId || resumeIds.Contains(a.ResumeId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ContentRanking>().Where(r => r.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<TailoredResume>().Where(t => t.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<CoverLetters.WritingSample>().Where(s => s.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ReportRow>().Where(r => r.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Candidate>().Where(c => c.Id == candidateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CurrentResumeId, (Guid?)null), cancellationToken);
            await db.Set<Resume>().Where(r => resumeIds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<CandidateSkill>().Where(s => s.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<CandidateExperience>().Where(e => e.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<CandidateEducation>().Where(e => e.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<CandidateProject>().Where(p => p.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Candidate>().Where(c => c.Id == candidateId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return removed;
        });

        // A file goes once no remaining resume of the tenant (another person's identical upload) points at it.
        var files = 0;
        foreach (var sha256 in resumes.Select(r => r.Sha256).Distinct())
        {
            if (!await db.Set<Resume>().AnyAsync(r => r.Sha256 == sha256, cancellationToken) && await blobs.DeleteAsync(tenantId, sha256, cancellationToken))
            {
                files++;
            }
        }

        await FlushSqliteAsync(cancellationToken);
        var summary = new ErasureSummary(candidateId, resumes.Count, files, tailorIds.Count, analyses, jobIds.Count);
        if (byRetention)
        {
            await audit.RecordForAsync(tenantId, null, RetentionActor, AuditActions.CandidateErased, AuditEntities.Candidate, candidateId, summary.Describe() + " (retention)", null, cancellationToken);
        }
        else
        {
            await audit.RecordAsync(AuditActions.CandidateErased, AuditEntities.Candidate, candidateId, summary.Describe(), cancellationToken);
        }

        return summary;
    }

    /// <summary>
    /// On SQLite, moves the write-ahead log into the database file (whose deleted pages
    /// secure_delete zeroes), so the erased rows' old page images do not wait in the log.
    /// Best effort: a busy reader may delay it to the next automatic checkpoint.
    /// </summary>
    private async Task FlushSqliteAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
    }
}
