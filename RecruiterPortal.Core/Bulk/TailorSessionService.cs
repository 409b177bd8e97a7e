using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Core.Ai;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Progress;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Bulk;

/// <summary>
/// Starts, reads and controls the current tenant's bulk tailoring sessions. A session is started in
/// one transaction (session, one <see cref="TailoredResume"/> and one <c>tailor_resume</c> job per
/// candidate), so it either exists with all its work queued or not at all. Counts and status are
/// always derived from the item rows.
/// </summary>
public sealed class TailorSessionService(
    PortalDbContext db,
    ITenantContext tenant,
    MatchingService matching,
    CandidateService candidates,
    PipelineJobs jobs,
    PipelineWaker waker,
    IProgressNotifier notifier,
    IOptions<BulkOptions> options,
    IEnumerable<IDocumentExporter> exporters,
    IAiChatClientFactory ai,
    AuditLog audit,
    TimeProvider clock)
{
    public const string NotFoundCode = "not_found";
    public const string InvalidCode = "invalid";

    public async Task<Result<TailorSessionView>> StartAsync(TailorSessionRequest request, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var tailorOptions = request.Options ?? new TailorOptions();
        var errors = tailorOptions.Validate();
        if (errors.Count > 0)
        {
            return Result<TailorSessionView>.Fail(string.Join("; ", errors), InvalidCode);
        }

        if (ai.Check(tailorOptions.AiProvider) is { } unusable)
        {
            return Result<TailorSessionView>.Fail(unusable, InvalidCode);
        }

        if (tenant.TenantId is not { } tenantId)
        {
            return Result<TailorSessionView>.Fail("This job posting does not exist.", NotFoundCode);
        }

        var posting = await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.JobPostingId, cancellationToken);
        if (posting is null)
        {
            return Result<TailorSessionView>.Fail("This job posting does not exist.", NotFoundCode);
        }

        var max = options.Value.MaxCandidatesPerSession;
        var chosen = await ChooseAsync(request, max, cancellationToken);
        if (!chosen.IsSuccess)
        {
            return Result<TailorSessionView>.Fail(chosen.Error!, chosen.Code!);
        }

        var ids = chosen.Value!.Distinct().ToList();
        if (ids.Count == 0)
        {
            return Result<TailorSessionView>.Fail("Choose at least one candidate.", InvalidCode);
        }

        if (ids.Count > max)
        {
            return Result<TailorSessionView>.Fail($"A session can tailor at most {max} candidates.", InvalidCode);
        }

        // The tenant filter hides other tenants' candidates, so their ids count as unknown.
        var found = new List<(Guid Id, Guid? ResumeId)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.Set<Candidate>().AsNoTracking()
                .Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.CurrentResumeId })
                .ToListAsync(cancellationToken);
            found.AddRange(rows.Select(r => (r.Id, r.CurrentResumeId)));
        }

        if (found.Count < ids.Count)
        {
            return Result<TailorSessionView>.Fail($"{ids.Count - found.Count} of the candidates do not exist.", NotFoundCode);
        }

        var resumeIds = found.Where(f => f.ResumeId is not null).Select(f => f.ResumeId!.Value).ToList();
        var parsed = new HashSet<Guid>();
        foreach (var chunk in resumeIds.Chunk(500))
        {
            parsed.UnionWith(await db.Set<Resume>().Where(r => chunk.Contains(r.Id) && r.ParsedJson != null).Select(r => r.Id).ToListAsync(cancellationToken));
        }

        var withoutResume = found.Count(f => f.ResumeId is not { } r || !parsed.Contains(r));
        if (withoutResume > 0)
        {
            return Result<TailorSessionView>.Fail($"{withoutResume} of the candidates have no parsed resume to tailor.", TailoringService.NoResumeCode);
        }

        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new TailorSession
        {
            TenantId = tenantId,
            JobPostingId = posting.Id,
            JobTitle = posting.Title,
            CreatedByUserId = tenant.UserId,
            OptionsJson = TailoringJson.Serialize(tailorOptions),
            Total = found.Count,
            CreatedAt = now,
        };

        // Rows are created in the candidates' order, so the session lists them as chosen (best first for top N).
        var rows2 = found.OrderBy(f => order[f.Id])
            .Select(f => TailoringService.NewRow(tenantId, f.Id, f.ResumeId, posting, tailorOptions, ai, tenant.UserId, now, session.Id))
            .ToList();
        var pipelineJobs = rows2.Select(r => PipelineQueue.ToJob(TailoringService.JobRequest(r), now)).ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Add(session);
            db.AddRange(rows2);
            db.PipelineJobs.AddRange(pipelineJobs);
            await db.SaveChangesAsync(cancellationToken);
            await waker.NotifyAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        waker.WakeLocal();
        Publish(tenantId, session.Id, TailorSessionStatuses.Processing);
        await audit.RecordAsync(AuditActions.SessionStarted, AuditEntities.TailorSession, session.Id, $"Job {posting.Id}, {rows2.Count} candidates", cancellationToken);
        return Result<TailorSessionView>.Ok((await GetAsync(session.Id, cancellationToken))!);
    }

    private async Task<Result<IReadOnlyList<Guid>>> ChooseAsync(TailorSessionRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.CandidateIds is { Count: > 0 } explicitIds)
        {
            return Result<IReadOnlyList<Guid>>.Ok(explicitIds);
        }

        if (request.TopN is { } top)
        {
            if (top < 1 || top > max)
            {
                return Result<IReadOnlyList<Guid>>.Fail($"top_n must be between 1 and {max}.", InvalidCode);
            }

            var picked = new List<Guid>();
            while (picked.Count < top)
            {
                var take = Math.Min(RankRequest.MaxTop, top - picked.Count);
                var page = await matching.RankAsync(request.JobPostingId, new RankRequest(take, picked.Count), cancellationToken);
                if (!page.IsSuccess)
                {
                    return Result<IReadOnlyList<Guid>>.Fail(page.Error!, page.Code!);
                }

                picked.AddRange(page.Value!.Items.Select(i => i.CandidateId));
                if (page.Value.Items.Count < take)
                {
                    break;
                }
            }

            return Result<IReadOnlyList<Guid>>.Ok(picked);
        }

        if (!string.IsNullOrWhiteSpace(request.Query) || !string.IsNullOrWhiteSpace(request.Skill))
        {
            var found = new List<Guid>();
            for (var page = 1; ; page++)
            {
                var result = await candidates.ListAsync(new CandidateQuery(request.Query, request.Skill, page, CandidateQuery.MaxPageSize), cancellationToken);
                found.AddRange(result.Items.Select(i => i.Id));
                if (found.Count > max)
                {
                    return Result<IReadOnlyList<Guid>>.Fail($"The search finds {result.Total} candidates; a session can tailor at most {max}.", InvalidCode);
                }

                if (page * result.PageSize >= result.Total || result.Items.Count == 0)
                {
                    break;
                }
            }

            return Result<IReadOnlyList<Guid>>.Ok(found);
        }

        return Result<IReadOnlyList<Guid>>.Fail("Choose candidates: candidate_ids, top_n or a search.", InvalidCode);
    }

    /// <summary>The session with its items, counts derived from them; stores the derived counts and status when they changed.</summary>
    public async Task<TailorSessionView?> GetAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var session = await db.Set<TailorSession>().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var rows = await db.Set<TailoredResume>().AsNoTracking()
            .Where(t => t.SessionId == sessionId)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Select(t => new ItemRow(t.Id, t.CandidateId, t.Status, t.ProcessingStep, t.ProcessingProgress, t.OriginalMatchScore, t.TailoredMatchScore, t.ScoreImprovement, t.ProcessingError, t.ProcessingStartedAt))
            .ToListAsync(cancellationToken);
        var latestJobs = (await db.PipelineJobs.AsNoTracking()
                .Where(j => j.CorrelationId == sessionId)
                .Select(j => new { j.SubjectId, j.Status, j.Error, j.CreatedAt, j.Id })
                .ToListAsync(cancellationToken))
            .Where(j => j.SubjectId is not null)
            .GroupBy(j => j.SubjectId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).First());
        var candidateIds = rows.Select(r => r.CandidateId).Distinct().ToList();
        var names = new Dictionary<Guid, string?>();
        foreach (var chunk in candidateIds.Chunk(500))
        {
            foreach (var c in await db.Set<Candidate>().AsNoTracking().Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.FullName }).ToListAsync(cancellationToken))
            {
                names[c.Id] = c.FullName;
            }
        }

        var items = rows.Select(r =>
        {
            var status = r.Status;
            var error = r.Error;
            if (status is not (TailoredResumeStatuses.Completed or TailoredResumeStatuses.Failed)
                && latestJobs.TryGetValue(r.Id, out var job)
                && job.Status is PipelineJobStatus.Failed or PipelineJobStatus.Cancelled)
            {
                // The job gave up without the handler marking the row (attempts used up, cancelled while running).
                status = TailoredResumeStatuses.Failed;
                error ??= job.Error ?? "Cancelled";
            }

            return new TailorSessionItemView(r.CandidateId, names.GetValueOrDefault(r.CandidateId), r.Id, status, r.Step, r.Percent, r.OriginalScore, r.TailoredScore, r.Improvement, error);
        }).ToList();

        var completed = items.Count(i => i.Status == TailoredResumeStatuses.Completed);
        var failed = items.Count(i => i.Status == TailoredResumeStatuses.Failed);
        var status = TailorSessionRules.Derive(items.Count, completed, failed, session.Status == TailorSessionStatuses.Cancelled);
        var now = clock.GetUtcNow().UtcDateTime;
        if (session.Status != status || session.CompletedCount != completed || session.FailedCount != failed || session.Total != items.Count)
        {
            var finished = TailorSessionStatuses.IsFinal(status) ? session.FinishedAt ?? now : (DateTime?)null;
            await db.Set<TailorSession>().Where(s => s.Id == sessionId).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.Status, status)
                    .SetProperty(x => x.CompletedCount, completed)
                    .SetProperty(x => x.FailedCount, failed)
                    .SetProperty(x => x.Total, items.Count)
                    .SetProperty(x => x.FinishedAt, finished),
                cancellationToken);
            session.FinishedAt = finished;
        }

        var start = rows.Where(r => r.StartedAt is not null).Select(r => r.StartedAt).Min();
        var (perMinute, remaining) = status == TailorSessionStatuses.Processing
            ? TailorSessionRules.Pace(completed + failed, items.Count, start, now)
            : (null, null);
        return new TailorSessionView(session.Id, status, session.Paused, session.JobPostingId, session.JobTitle, items.Count, completed, failed,
            session.CreatedAt, session.FinishedAt, perMinute, remaining?.TotalSeconds is { } s ? Math.Round(s) : null, items);
    }

    /// <summary>The tenant's sessions, newest first, with their stored counts (refreshed for the ones still running).</summary>
    public async Task<IReadOnlyList<TailorSessionSummary>> ListAsync(string? status = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var running = await db.Set<TailorSession>().AsNoTracking()
            .Where(s => s.Status == TailorSessionStatuses.Processing)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in running)
        {
            await GetAsync(id, cancellationToken);
        }

        var query = db.Set<TailorSession>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            query = query.Where(s => s.Status == status);
        }

        return await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Take(Math.Clamp(limit, 1, 500))
            .Select(s => new TailorSessionSummary(s.Id, s.Status, s.Paused, s.JobPostingId, s.JobTitle, s.Total, s.CompletedCount, s.FailedCount, s.CreatedAt, s.FinishedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Cancels the waiting items (their jobs too) and stops running ones; returns false when the session does not exist.</summary>
    public async Task<bool> CancelAsync(Guid sessionId, string? by = null, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var session = await db.Set<TailorSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return false;
        }

        if (session.Status != TailorSessionStatuses.Processing)
        {
            return true;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var who = by ?? (tenant.UserId is { } userId
            ? await db.Set<PortalUser>().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null);
        var message = $"Cancelled by {(string.IsNullOrWhiteSpace(who) ? "a recruiter" : who)}";
        await db.Set<TailorSession>().Where(s => s.Id == sessionId).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.Status, TailorSessionStatuses.Cancelled).SetProperty(x => x.FinishedAt, now).SetProperty(x => x.Paused, false),
            cancellationToken);
        await jobs.CancelByCorrelationAsync(sessionId, cancellationToken);
        await db.Set<TailoredResume>()
            .Where(t => t.SessionId == sessionId && (t.Status == TailoredResumeStatuses.Pending || t.Status == TailoredResumeStatuses.Processing))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, TailoredResumeStatuses.Failed)
                    .SetProperty(t => t.ProcessingError, message)
                    .SetProperty(t => t.ProcessingCompletedAt, now)
                    .SetProperty(t => t.UpdatedAt, now),
                cancellationToken);
        Publish(session.TenantId, sessionId, TailorSessionStatuses.Cancelled);
        await audit.RecordAsync(AuditActions.SessionCancelled, AuditEntities.TailorSession, sessionId, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>Holds the session's waiting items; running ones finish.</summary>
    public Task<bool> PauseAsync(Guid sessionId, CancellationToken cancellationToken = default) => SetPausedAsync(sessionId, true, cancellationToken);

    public Task<bool> ResumeAsync(Guid sessionId, CancellationToken cancellationToken = default) => SetPausedAsync(sessionId, false, cancellationToken);

    private async Task<bool> SetPausedAsync(Guid sessionId, bool paused, CancellationToken cancellationToken)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var session = await db.Set<TailorSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return false;
        }

        if (session.Status != TailorSessionStatuses.Processing)
        {
            return true;
        }

        await db.Set<TailorSession>().Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Paused, paused), cancellationToken);
        if (paused)
        {
            await jobs.PauseByCorrelationAsync(sessionId, cancellationToken);
        }
        else
        {
            await jobs.ResumeByCorrelationAsync(sessionId, cancellationToken);
        }

        Publish(session.TenantId, sessionId, paused ? "paused" : TailorSessionStatuses.Processing);
        return true;
    }

    /// <summary>Runs the failed items again (fresh jobs), the session back to processing; returns how many, or null when the session does not exist.</summary>
    public async Task<int?> RetryFailedAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var view = await GetAsync(sessionId, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var failedIds = view.Items.Where(i => i.Status == TailoredResumeStatuses.Failed).Select(i => i.TailorId).ToList();
        if (failedIds.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var rows = new List<TailoredResume>();
            foreach (var chunk in failedIds.Chunk(500))
            {
                rows.AddRange(await db.Set<TailoredResume>().Where(t => chunk.Contains(t.Id)).ToListAsync(cancellationToken));
            }

            foreach (var row in rows)
            {
                row.Status = TailoredResumeStatuses.Pending;
                row.ProcessingError = null;
                row.ProcessingStep = null;
                row.ProcessingProgress = 0;
                row.ProcessingStartedAt = null;
                row.ProcessingCompletedAt = null;
                row.UpdatedAt = now;
            }

            var session = await db.Set<TailorSession>().SingleAsync(s => s.Id == sessionId, cancellationToken);
            session.Status = TailorSessionStatuses.Processing;
            session.FinishedAt = null;
            var retried = rows.Select(r => PipelineQueue.ToJob(TailoringService.JobRequest(r), now)).ToList();
            if (session.Paused)
            {
                retried.ForEach(j => j.Status = PipelineJobStatus.Paused);
            }

            db.PipelineJobs.AddRange(retried);
            await db.SaveChangesAsync(cancellationToken);
            await waker.NotifyAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        waker.WakeLocal();
        Publish(tenant.TenantId ?? Guid.Empty, sessionId, TailorSessionStatuses.Processing);
        return failedIds.Count;
    }

    /// <summary>The exporter for a <c>format</c> value (Markdown when none is given); null for an unknown one.</summary>
    public IDocumentExporter? Format(string? format) =>
        ExportFormats.Normalize(string.IsNullOrWhiteSpace(format) ? ExportFormats.Markdown : format) is { } name
            ? exporters.FirstOrDefault(e => e.Format == name)
            : null;

    /// <summary>A ZIP of the session's completed tailored resumes in one format, or null when the session does not exist.</summary>
    /// <exception cref="ExportUnavailableException">The format cannot be produced on this machine right now.</exception>
    public async Task<byte[]?> ZipAsync(Guid sessionId, IDocumentExporter format, CancellationToken cancellationToken = default)
    {
        var view = await GetAsync(sessionId, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var names = view.Items.ToDictionary(i => i.TailorId, i => i.CandidateName);
        var ids = view.Items.Where(i => i.Status == TailoredResumeStatuses.Completed).Select(i => i.TailorId).ToList();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var chunk in ids.Chunk(50))
            {
                var rows = await db.Set<TailoredResume>().AsNoTracking().Where(t => chunk.Contains(t.Id)).ToListAsync(cancellationToken);
                foreach (var row in rows.OrderBy(r => ids.IndexOf(r.Id)))
                {
                    var stem = FileStem(names.GetValueOrDefault(row.Id) ?? "candidate");
                    var name = $"{stem}.{format.Extension}";
                    for (var n = 2; !used.Add(name); n++)
                    {
                        name = $"{stem}-{n}.{format.Extension}";
                    }

                    var markdown = ExportContent.MarkdownOf(row) ?? "";
                    var document = new ExportDocument(ExportContent.TitleOf(names.GetValueOrDefault(row.Id), row.JobTitle, markdown), markdown);
                    var content = await format.ExportAsync(document, cancellationToken);
                    var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                    using var stream = entry.Open();
                    stream.Write(content);
                }
            }
        }

        return buffer.ToArray();
    }

    private static string FileStem(string name)
    {
        var stem = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (stem.Contains("--", StringComparison.Ordinal))
        {
            stem = stem.Replace("--", "-", StringComparison.Ordinal);
        }

        return stem.Length == 0 ? "candidate" : stem.ToLowerInvariant();
    }

    private void Publish(Guid tenantId, Guid sessionId, string status) =>
        notifier.Publish(new ProgressEvent(tenantId, ProgressTopics.Session(sessionId), sessionId, status));

    private sealed record ItemRow(Guid Id, Guid CandidateId, string Status, string? Step, int Percent, double? OriginalScore, double? TailoredScore, double? Improvement, string? Error, DateTime? StartedAt);
}
