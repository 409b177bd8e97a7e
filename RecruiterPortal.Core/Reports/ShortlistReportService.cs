using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Reports;

/// <summary>
/// Makes, lists, reads, exports and deletes the current tenant's saved reports. A shortlist report
/// ranks the tenant's candidates for a job with the current weights (the same ranking as the job
/// page), takes the top N, and copies each one's score, skills, per-requirement verdicts and latest
/// tailoring into <see cref="ReportRow"/>s in one transaction. Reads only ever return those copies.
/// Reads go through the tenant filter, so another tenant's report is simply not found.
/// </summary>
public sealed class ShortlistReportService(
    PortalDbContext db,
    ITenantContext tenant,
    MatchingService matching,
    CandidateIndexCache cache,
    MatchFeatureBuilder features,
    MatchScorer scorer,
    IEnumerable<IDocumentExporter> exporters,
    IOptions<ExportOptions> exportOptions,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ShortlistReportService> logger)
{
    public const string NotFoundCode = "not_found";
    public const string InvalidCode = "invalid";
    public const string InvalidFormatCode = "invalid_format";
    public const string UnavailableCode = "unavailable";
    public const int DefaultTopN = 10;
    public const int MaxTopN = 100;
    public const int MaxTitleLength = 200;
    public const string Csv = "csv";

    /// <summary>The formats a report downloads as.</summary>
    public static IReadOnlyList<string> Formats { get; } = [Csv, ExportFormats.Pdf];

    public async Task<Result<ReportView>> CreateShortlistAsync(Guid jobPostingId, int? topN, string? title, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var posting = await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == jobPostingId, cancellationToken);
        if (posting is null || tenant.TenantId is not { } tenantId)
        {
            return Result<ReportView>.Fail("This job posting does not exist.", NotFoundCode);
        }

        var top = topN ?? DefaultTopN;
        if (top < 1 || top > MaxTopN)
        {
            return Result<ReportView>.Fail($"top_n must be between 1 and {MaxTopN}.", InvalidCode);
        }

        var name = string.IsNullOrWhiteSpace(title) ? $"Shortlist: {posting.Title}" : title.Trim();
        if (name.Length > MaxTitleLength)
        {
            return Result<ReportView>.Fail($"The title can be at most {MaxTitleLength} characters.", InvalidCode);
        }

        // One pool, one set of weights and one job profile for every row, so the rows agree with each other.
        var weights = await matching.CurrentWeightageAsync(cancellationToken);
        var pool = await cache.GetAsync(db, cancellationToken);
        var job = features.BuildJob(JobPostingService.EffectiveProfile(posting));
        var ranked = pool.Index.Count == 0 ? [] : pool.Index.Rank(job, weights.Profile, pool.Index.Count);
        var chosen = ranked.Take(top).Where(r => pool.Index.TryGetFeatures(r.Id, out _)).ToList();
        var ids = chosen.Select(r => r.Id).ToList();
        var titles = await db.Set<Candidate>().AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Title }).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var tailorings = (await db.Set<TailoredResume>().AsNoTracking()
                .Where(t => t.JobPostingId == posting.Id && ids.Contains(t.CandidateId))
                .Select(t => new { t.Id, t.CandidateId, t.Status, t.TailoredMatchScore, t.FinalMatchScore, t.CreatedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(t => t.CandidateId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).First());

        var aiScores = await LatestAiScoresAsync(posting.Id, ids, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var report = new Report
        {
            TenantId = tenantId,
            Kind = ReportKinds.Shortlist,
            Title = name,
            JobPostingId = posting.Id,
            JobTitle = posting.Title,
            JobCompany = posting.Company,
            JobVersion = posting.Version,
            TopN = top,
            RankedCount = ranked.Count,
            WeightageVersion = weights.Version,
            WeightsJson = JobProfileJson.Serialize(weights.ToView()),
            CreatedByUserId = tenant.UserId,
            CreatedBy = await CreatorAsync(cancellationToken),
            CreatedAt = now,
        };
        var rows = new List<ReportRow>(chosen.Count);
        foreach (var (entry, index) in chosen.Select((r, i) => (r, i)))
        {
            pool.Index.TryGetFeatures(entry.Id, out var candidate);
            var result = pool.Index.Explain(entry.Id, job, scorer, weights.Profile);
            tailorings.TryGetValue(entry.Id, out var tailoring);
            rows.Add(new ReportRow
            {
                TenantId = tenantId,
                ReportId = report.Id,
                Rank = index + 1,
                CandidateId = entry.Id,
                ResumeId = pool.Candidates.TryGetValue(entry.Id, out var indexed) ? indexed.ResumeId : null,
                CandidateName = Clip(indexed?.FullName),
                CandidateTitle = Clip(titles.GetValueOrDefault(entry.Id)),
                LocalScore = result.Score,
                ComponentsJson = JobProfileJson.Serialize(result.Components),
                MatchedSkills = [.. result.MatchedSkills],
                MissingSkills = [.. result.MissingSkills],
                VerdictsJson = JobProfileJson.Serialize(ShortlistVerdicts.For(result, candidate, job)),
                Explanation = result.Explanation,
                AiScore = aiScores.TryGetValue(entry.Id, out var ai) ? ai.Score : null,
                AiVerdictSummary = aiScores.TryGetValue(entry.Id, out var scored) ? scored.Summary : null,
                TailoringId = tailoring?.Id,
                TailoringStatus = tailoring?.Status,
                TailoredScore = tailoring is null ? null : tailoring.FinalMatchScore ?? tailoring.TailoredMatchScore,
            });
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(report);
            db.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        await audit.RecordAsync(AuditActions.ReportCreated, AuditEntities.Report, report.Id, $"Shortlist of {rows.Count} for job {posting.Id}", cancellationToken);
        return Result<ReportView>.Ok((await ReadAsync(report.Id, cancellationToken))!);
    }

    /// <summary>The tenant's reports, newest first, optionally for one job posting.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ListAsync(Guid? jobPostingId = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var reports = db.Set<Report>().AsNoTracking();
        if (jobPostingId is { } job)
        {
            reports = reports.Where(r => r.JobPostingId == job);
        }

        return await reports
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(Math.Clamp(limit, 1, 500))
            .Select(r => new ReportSummary(r.Id, r.Kind, r.Title, r.JobPostingId, r.JobTitle, r.TopN,
                db.Set<ReportRow>().Count(x => x.ReportId == r.Id), r.CreatedBy, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A report with its rows as saved; null when the tenant has none with this id. Viewing is audited.</summary>
    public async Task<ReportView?> GetAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        var view = await ReadAsync(reportId, cancellationToken);
        if (view is not null)
        {
            await audit.RecordAsync(AuditActions.ReportViewed, AuditEntities.Report, reportId, null, cancellationToken);
        }

        return view;
    }

    /// <summary>Downloads a report as <c>csv</c> or <c>pdf</c>; an unknown report is not found whatever the format.</summary>
    public async Task<Result<ExportedFile>> ExportAsync(Guid reportId, string? format, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var view = await ReadAsync(reportId, cancellationToken);
        if (view is null)
        {
            return Result<ExportedFile>.Fail("This report does not exist.", NotFoundCode);
        }

        var name = format?.Trim().ToLowerInvariant();
        if (name is not (Csv or ExportFormats.Pdf))
        {
            return Result<ExportedFile>.Fail($"Unknown report format '{format}'. Choose one of: {string.Join(", ", Formats)}.", InvalidFormatCode);
        }

        byte[] bytes;
        string contentType;
        if (name == Csv)
        {
            bytes = ReportCsv.Bytes(view);
            contentType = "text/csv; charset=utf-8";
        }
        else
        {
            var pdf = exporters.OfType<PdfExporter>().FirstOrDefault();
            if (pdf is null)
            {
                return Result<ExportedFile>.Fail("PDF export is unavailable on this instance.", UnavailableCode);
            }

            try
            {
                bytes = await pdf.PrintHtmlAsync(ReportHtmlDocument.Render(view, exportOptions.Value.IsLetter), cancellationToken);
                contentType = pdf.ContentType;
            }
            catch (ExportUnavailableException ex)
            {
                logger.LogWarning(ex, "Export of report {ReportId} as PDF failed: {Reason}", reportId, ex.Message);
                return Result<ExportedFile>.Fail(ex.Message, UnavailableCode);
            }
        }

        await audit.RecordAsync(AuditActions.ReportExported, AuditEntities.Report, reportId, $"As {name}", cancellationToken);
        return Result<ExportedFile>.Ok(new ExportedFile(bytes, contentType, ExportFileName.For(view.Title, name)));
    }

    /// <summary>Deletes a report with its rows; false when the tenant has none with this id.</summary>
    public async Task<bool> DeleteAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        if (!await db.Set<Report>().AnyAsync(r => r.Id == reportId, cancellationToken))
        {
            return false;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var rows = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var removed = await db.Set<ReportRow>().Where(r => r.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Report>().Where(r => r.Id == reportId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return removed;
        });
        await audit.RecordAsync(AuditActions.ReportDeleted, AuditEntities.Report, reportId, $"{rows} rows", cancellationToken);
        return true;
    }

    private async Task<ReportView?> ReadAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var report = await db.Set<Report>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var rows = await db.Set<ReportRow>().AsNoTracking()
            .Where(r => r.ReportId == reportId)
            .OrderBy(r => r.Rank).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return new ReportView(
            report.Id, report.Kind, report.Title, report.JobPostingId, report.JobTitle, report.JobCompany, report.JobVersion,
            report.TopN, report.RankedCount, report.WeightageVersion, JobProfileJson.Deserialize<WeightageView>(report.WeightsJson),
            report.CreatedBy, report.CreatedByUserId, report.CreatedAt,
            rows.Select(r => new ReportRowView(
                r.Rank, r.CandidateId, r.ResumeId, r.CandidateName, r.CandidateTitle, r.LocalScore,
                JobProfileJson.Deserialize<MatchComponents>(r.ComponentsJson), r.MatchedSkills, r.MissingSkills,
                JobProfileJson.Deserialize<List<ReportVerdict>>(r.VerdictsJson) ?? [], r.Explanation,
                r.AiScore, r.AiVerdictSummary, r.TailoringId, r.TailoringStatus, r.TailoredScore)).ToList());
    }

    private async Task<string> CreatorAsync(CancellationToken cancellationToken)
    {
        if (tenant.UserId is { } userId
            && await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) is { Length: > 0 } display)
        {
            return Clip(display, 256)!;
        }

        if (tenant.ApiKeyName is { Length: > 0 } key)
        {
            return Clip($"API key “{key}”", 256)!;
        }

        return Clip(tenant.ActorName, 256) ?? "portal";
    }

    private static string? Clip(string? text, int max = 200) => text is null || text.Length <= max ? text : text[..max];

    /// <summary>
    /// The latest completed AI score of each chosen candidate for the job, as the row keeps it: the overall
    /// score and a one-line count of the verdicts, with "needs review" when its resolution asked for one.
    /// </summary>
    private async Task<Dictionary<Guid, (double Score, string Summary)>> LatestAiScoresAsync(Guid jobPostingId, List<Guid> candidateIds, CancellationToken cancellationToken)
    {
        var scores = (await db.Set<Scoring.AiScore>().AsNoTracking()
                .Where(s => s.JobPostingId == jobPostingId && candidateIds.Contains(s.CandidateId) && s.Status == Scoring.AiScoreStatuses.Completed && s.OverallScore != null)
                .Select(s => new { s.Id, s.CandidateId, s.OverallScore, s.AiScoreJson, s.CompletedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.CandidateId)
            .Select(g => g.OrderByDescending(s => s.CompletedAt).ThenByDescending(s => s.Id).First())
            .ToList();
        var scoreIds = scores.Select(s => s.Id).ToList();
        var review = await db.Set<Scoring.ScoreResolution>().AsNoTracking()
            .Where(r => scoreIds.Contains(r.AiScoreId) && r.NeedsReview)
            .Select(r => r.AiScoreId)
            .ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, (double, string)>();
        foreach (var score in scores)
        {
            var verdicts = score.AiScoreJson is null ? [] : Tailoring.TailoringJson.Deserialize<Scoring.AiScoreDocument>(score.AiScoreJson)?.Requirements ?? [];
            var counts = string.Join(" · ", verdicts.GroupBy(v => v.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
            var summary = review.Contains(score.Id) ? $"{counts} · needs review" : counts;
            result[score.CandidateId] = (score.OverallScore!.Value, summary);
        }

        return result;
    }
}
