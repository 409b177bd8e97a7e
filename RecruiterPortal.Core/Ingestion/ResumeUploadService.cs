using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// Takes uploaded resume files for the current tenant: refuses what cannot be a resume (each with
/// a reason, while the rest of the batch goes on), stores the accepted files, reports byte-identical
/// re-uploads at once, and queues one <c>ingest_resume</c> job per new file.
/// </summary>
public sealed class ResumeUploadService(
    PortalDbContext db,
    IBlobStore blobs,
    IPipelineQueue queue,
    ITenantContext tenant,
    Settings.TenantSettingsService settings,
    Audit.AuditLog audit,
    TimeProvider clock)
{
    public const string QuotaExceededCode = "quota_exceeded";

    public async Task<UploadBatchResult> UploadAsync(IReadOnlyList<ResumeUploadFile> files, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Uploading resumes needs a tenant.");
        var limits = await settings.EffectiveAsync(cancellationToken);
        var quota = await QuotaUsageAsync(limits, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new UploadBatch { TenantId = tenantId, TotalFiles = files.Count, CreatedAt = now, CreatedByUserId = tenant.UserId };
        db.Add(batch);

        var items = new UploadItemResult[files.Count];
        var accepted = new List<(int Index, Resume Resume)>();
        var inThisBatch = new Dictionary<string, Resume>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var fileName = FileNames.Sanitize(files[i].FileName);
            var refusal = i >= limits.MaxFilesPerBatch
                ? UploadRefusals.TooManyFiles(fileName, limits.MaxFilesPerBatch)
                : UploadRefusals.CheckDeclared(fileName, files[i].Length, limits.MaxFileBytes);
            var content = refusal is null ? await ReadAsync(files[i], limits.MaxFileBytes, cancellationToken) : null;
            refusal ??= UploadRefusals.CheckContent(fileName, content!, limits.MaxFileBytes);
            if (refusal is not null)
            {
                items[i] = new UploadItemResult(null, fileName, UploadItemStatuses.Failed, null, refusal.Message, refusal.Code);
                continue;
            }

            var resume = NewResume(tenantId, batch.Id, fileName, content!, now);
            if (inThisBatch.TryGetValue(resume.Sha256, out var first))
            {
                items[i] = Duplicate(resume, first, $"{fileName} is the same file as {first.FileName} earlier in this upload.", null);
                continue;
            }

            if (await FindOriginalAsync(resume.Sha256, cancellationToken) is { } original)
            {
                var candidateName = original.CandidateId is { } candidateId
                    ? await db.Set<Candidate>().Where(c => c.Id == candidateId).Select(c => c.FullName).FirstOrDefaultAsync(cancellationToken)
                    : null;
                items[i] = Duplicate(resume, original, DuplicateMessage(fileName, original, candidateName), original.CandidateId);
                continue;
            }

            if (QuotaRefusal(fileName, content!.LongLength, limits, quota) is { } overQuota)
            {
                items[i] = new UploadItemResult(null, fileName, UploadItemStatuses.Failed, null, overQuota, QuotaExceededCode);
                continue;
            }

            quota = (quota.Resumes + 1, quota.Bytes + content.LongLength);
            await blobs.PutAsync(tenantId, content!, resume.ContentType, cancellationToken);
            db.Add(resume);
            inThisBatch[resume.Sha256] = resume;
            accepted.Add((i, resume));
        }

        await db.SaveChangesAsync(cancellationToken);
        await EnqueueAsync(tenantId, batch.Id, accepted, items, cancellationToken);

        // Counts only: file names often carry the candidate's name, which an erasure must not leave here.
        await audit.RecordAsync(Audit.AuditActions.ResumeUploaded, Audit.AuditEntities.UploadBatch, batch.Id,
            $"{files.Count} files: {accepted.Count} accepted, {files.Count - accepted.Count} duplicate or refused", cancellationToken);
        return new UploadBatchResult(batch.Id, items);
    }

    private async Task EnqueueAsync(Guid tenantId, Guid batchId, List<(int Index, Resume Resume)> accepted, UploadItemResult[] items, CancellationToken cancellationToken)
    {
        if (accepted.Count == 0)
        {
            return;
        }

        var requests = accepted
            .Select(a => new PipelineJobRequest(tenantId, IngestResumeHandler.JobKind, new IngestResumePayload(a.Resume.Id), batchId, a.Resume.Id, CreatedByUserId: tenant.UserId))
            .ToList();
        var jobIds = await queue.EnqueueManyAsync(requests, cancellationToken);
        for (var k = 0; k < accepted.Count; k++)
        {
            var (index, resume) = accepted[k];
            resume.JobId = jobIds[k];
            items[index] = new UploadItemResult(jobIds[k], resume.FileName, UploadItemStatuses.Queued, resume.Id, null);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private UploadItemResult Duplicate(Resume resume, Resume original, string message, Guid? candidateId)
    {
        resume.Status = ResumeStatuses.Duplicate;
        resume.DuplicateOfResumeId = original.Id;
        resume.CandidateId = candidateId;
        db.Add(resume);
        return new UploadItemResult(null, resume.FileName, UploadItemStatuses.Duplicate, resume.Id, message, UploadItemStatuses.Duplicate, original.Id, candidateId);
    }

    private static string DuplicateMessage(string fileName, Resume original, string? candidateName)
    {
        var when = original.UploadedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var whose = candidateName is null ? string.Empty : $" (candidate {candidateName})";
        return $"{fileName} was already uploaded as {original.FileName} on {when}{whose}; it was not processed again.";
    }

    /// <summary>
    /// An earlier upload of the same bytes that succeeded or is still in progress. A failed one does
    /// not count, so a file that failed for a passing reason can be uploaded again.
    /// </summary>
    private Task<Resume?> FindOriginalAsync(string sha256, CancellationToken cancellationToken) =>
        db.Set<Resume>()
            .Where(r => r.Sha256 == sha256 && r.DuplicateOfResumeId == null && r.Status != ResumeStatuses.Failed && r.Status != ResumeStatuses.Duplicate)
            .OrderBy(r => r.UploadedAt)
            .FirstOrDefaultAsync(cancellationToken);

    private Resume NewResume(Guid tenantId, Guid batchId, string fileName, byte[] content, DateTime now) => new()
    {
        TenantId = tenantId,
        UploadBatchId = batchId,
        FileName = fileName,
        ContentType = UploadRefusals.ContentTypeOf(fileName),
        Sha256 = BlobHash.Compute(content),
        SizeBytes = content.LongLength,
        UploadedAt = now,
        UploadedByUserId = tenant.UserId,
    };

    /// <summary>
    /// The resumes the tenant keeps now and their bytes, when it has a quota: every upload that
    /// stored a file (a duplicate stores none).
    /// </summary>
    private async Task<(int Resumes, long Bytes)> QuotaUsageAsync(Settings.EffectiveTenantSettings limits, CancellationToken cancellationToken)
    {
        if (limits.QuotaResumes is null && limits.QuotaBytes is null)
        {
            return (0, 0);
        }

        var stored = db.Set<Resume>().Where(r => r.Status != ResumeStatuses.Duplicate);
        return (await stored.CountAsync(cancellationToken), await stored.SumAsync(r => (long?)r.SizeBytes, cancellationToken) ?? 0);
    }

    private static string? QuotaRefusal(string fileName, long bytes, Settings.EffectiveTenantSettings limits, (int Resumes, long Bytes) usage)
    {
        if (limits.QuotaResumes is { } maxResumes && usage.Resumes + 1 > maxResumes)
        {
            return $"{fileName} was not stored: your organisation keeps at most {maxResumes.ToString(CultureInfo.InvariantCulture)} resumes and has reached that quota. An Owner or Admin can raise it under Admin → Settings, or delete resumes you no longer need.";
        }

        if (limits.QuotaBytes is { } maxBytes && usage.Bytes + bytes > maxBytes)
        {
            return $"{fileName} was not stored: it would take your organisation past its quota of {UploadRefusals.Megabytes(maxBytes)} MB of resumes ({UploadRefusals.Megabytes(usage.Bytes, roundUp: true)} MB used). An Owner or Admin can raise it under Admin → Settings.";
        }

        return null;
    }

    /// <summary>Reads at most one byte past the limit: enough to refuse a file that lied about its size.</summary>
    private static async Task<byte[]> ReadAsync(ResumeUploadFile file, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = file.Open();
        using var buffer = new MemoryStream((int)Math.Min(Math.Max(file.Length, 0), maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
