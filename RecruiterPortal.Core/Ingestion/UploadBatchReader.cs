using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>Reads an upload batch's files and outcomes for the current tenant.</summary>
public sealed class UploadBatchReader(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<UploadBatchView?> GetAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.Set<UploadBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var resumes = await db.Set<Resume>().AsNoTracking()
            .Where(r => r.UploadBatchId == batchId)
            .OrderBy(r => r.UploadedAt).ThenBy(r => r.FileName)
            .Select(r => new { r.Id, r.FileName, r.Status, r.Error, r.CandidateId, r.VersionNumber, r.DuplicateOfResumeId, r.JobId })
            .ToListAsync(cancellationToken);

        // A job the engine gave up on (retries exhausted, worker lost, cancelled) ends the file's story
        // even if the handler never got to mark the resume failed.
        var endedJobs = await db.PipelineJobs.AsNoTracking()
            .Where(j => j.CorrelationId == batchId && (j.Status == PipelineJobStatus.Failed || j.Status == PipelineJobStatus.Cancelled))
            .ToDictionaryAsync(j => j.Id, j => j.Error ?? "Processing stopped before it finished.", cancellationToken);

        var duplicateOf = resumes.Where(r => r.DuplicateOfResumeId != null).Select(r => r.DuplicateOfResumeId!.Value).ToList();
        var originals = await db.Set<Resume>().AsNoTracking()
            .Where(r => duplicateOf.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.CandidateId, cancellationToken);
        var candidateIds = resumes.Select(r => r.CandidateId).Concat(originals.Values).OfType<Guid>().Distinct().ToList();
        var names = await db.Set<Candidate>().AsNoTracking()
            .Where(c => candidateIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.FullName, cancellationToken);

        var rows = resumes.Select(r =>
        {
            var duplicateCandidate = r.DuplicateOfResumeId is { } original ? originals.GetValueOrDefault(original) : null;
            var unfinished = r.Status is ResumeStatuses.Queued or ResumeStatuses.Extracting or ResumeStatuses.Parsing;
            var jobError = unfinished && r.JobId is { } jobId ? endedJobs.GetValueOrDefault(jobId) : null;
            return new UploadRowView(
                r.Id, r.FileName, jobError is null ? r.Status : ResumeStatuses.Failed, jobError ?? r.Error, r.CandidateId,
                r.CandidateId is { } id ? names.GetValueOrDefault(id) : null,
                r.VersionNumber, duplicateCandidate,
                duplicateCandidate is { } dup ? names.GetValueOrDefault(dup) : null);
        }).ToList();
        return new UploadBatchView(batch.Id, batch.CreatedAt, rows);
    }
}
