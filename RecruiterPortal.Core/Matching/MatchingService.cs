using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Matches the current tenant's candidates and job postings. Rankings and single matches are
/// computed live from the cached <see cref="CandidateIndex"/> (so they always cover every candidate
/// and agree with each other); stored <see cref="ResumeAnalysis"/> rows are the history, filled by
/// <c>score_job</c>. Reading a ranking reports how many resumes lack an analysis and queues the
/// job for them, instead of scoring them inline, so the read stays fast at any pool size.
/// </summary>
public sealed class MatchingService(
    PortalDbContext db,
    ITenantContext tenant,
    CandidateIndexCache cache,
    MatchFeatureBuilder features,
    MatchScorer scorer,
    SkillTaxonomy taxonomy,
    ScoreJobScheduler scheduler,
    TimeProvider clock,
    Audit.AuditLog? audit = null)
{
    public const string NotFoundCode = "not_found";
    public const string NoResumeCode = "no_resume";
    public const string InvalidCode = "invalid";
    public const int HistogramBuckets = 10;

    public async Task<Result<MatchView>> ScoreAsync(Guid candidateId, Guid jobPostingId, CancellationToken cancellationToken = default)
    {
        var posting = await FindPostingAsync(jobPostingId, cancellationToken);
        if (posting is null || !await db.Set<Candidate>().AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            return Result<MatchView>.Fail("This candidate or job posting does not exist.", NotFoundCode);
        }

        var pool = await cache.GetAsync(db, cancellationToken);
        if (!pool.Candidates.TryGetValue(candidateId, out var candidate))
        {
            return Result<MatchView>.Fail("This candidate has no parsed resume to match yet.", NoResumeCode);
        }

        var weights = await CurrentWeightageAsync(cancellationToken);
        var result = pool.Index.Explain(candidateId, features.BuildJob(JobPostingService.EffectiveProfile(posting)), scorer, weights.Profile);
        return Result<MatchView>.Ok(new MatchView(
            candidateId, candidate.FullName, posting.Id, posting.Title, result.Score, result.Components,
            result.MatchedSkills, result.MissingSkills, result.ExtraSkills,
            result.SkillComparison.Select(SkillComparisonView.From).ToList(), result.Explanation));
    }

    public async Task<Result<MatchRankPage>> RankAsync(Guid jobPostingId, RankRequest request, CancellationToken cancellationToken = default)
    {
        var posting = await FindPostingAsync(jobPostingId, cancellationToken);
        if (posting is null)
        {
            return Result<MatchRankPage>.Fail("This job posting does not exist.", NotFoundCode);
        }

        var top = Math.Clamp(request.Top, 1, RankRequest.MaxTop);
        var skip = Math.Max(0, request.Skip);
        var weights = await CurrentWeightageAsync(cancellationToken);
        var pool = await cache.GetAsync(db, cancellationToken);
        var job = features.BuildJob(JobPostingService.EffectiveProfile(posting));
        var must = request.MustHaveSkills?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => taxonomy.Resolve(s.Trim())?.Name ?? s.Trim()).ToList();
        var ranked = pool.Index.Count == 0 ? [] : pool.Index.Rank(job, weights.Profile, pool.Index.Count, Math.Max(0, request.MinScore), must);

        var histogram = new int[HistogramBuckets];
        foreach (var r in ranked)
        {
            histogram[Math.Clamp((int)(r.Score * HistogramBuckets), 0, HistogramBuckets - 1)]++;
        }

        var items = ranked.Skip(skip).Take(top).Select((r, i) =>
        {
            var result = pool.Index.Explain(r.Id, job, scorer, weights.Profile);
            var candidate = pool.Candidates[r.Id];
            return new RankedMatch(skip + i + 1, r.Id, candidate.FullName, candidate.ResumeId, r.Score, result.MatchedSkills, result.MissingSkills);
        }).ToList();

        var pending = await Unanalysed(posting.Id, posting.Version, weights.Hash).CountAsync(cancellationToken);
        if (pending > 0)
        {
            await scheduler.EnsureQueuedAsync(posting.Id, cancellationToken);
        }

        return Result<MatchRankPage>.Ok(new MatchRankPage(posting.Id, posting.Version, ranked.Count, skip, top, items, histogram, pending));
    }

    /// <summary>The active postings that fit a candidate best, best first (ties by posting id).</summary>
    public async Task<Result<IReadOnlyList<JobMatch>>> BestJobsForCandidateAsync(Guid candidateId, int top, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<Candidate>().AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            return Result<IReadOnlyList<JobMatch>>.Fail("This candidate does not exist.", NotFoundCode);
        }

        var pool = await cache.GetAsync(db, cancellationToken);
        if (!pool.Candidates.ContainsKey(candidateId))
        {
            return Result<IReadOnlyList<JobMatch>>.Fail("This candidate has no parsed resume to match yet.", NoResumeCode);
        }

        var weights = await CurrentWeightageAsync(cancellationToken);
        var postings = await db.Set<JobPosting>().AsNoTracking().Where(p => p.Status == JobPostingStatuses.Active).ToListAsync(cancellationToken);
        IReadOnlyList<JobMatch> best = postings
            .Select(p => (Posting: p, Result: pool.Index.Explain(candidateId, features.BuildJob(JobPostingService.EffectiveProfile(p)), scorer, weights.Profile)))
            .OrderByDescending(x => x.Result.Score).ThenBy(x => x.Posting.Id)
            .Take(Math.Clamp(top, 1, 100))
            .Select(x => new JobMatch(x.Posting.Id, x.Posting.Title, x.Posting.Company, x.Result.Score, x.Result.MatchedSkills, x.Result.MissingSkills))
            .ToList();
        return Result<IReadOnlyList<JobMatch>>.Ok(best);
    }

    /// <summary>Current resumes with no stored analysis for the posting's current version and weights; null when the posting is not found.</summary>
    public async Task<IReadOnlyList<Guid>?> UnanalysedResumeIdsAsync(Guid jobPostingId, CancellationToken cancellationToken = default)
    {
        var posting = await FindPostingAsync(jobPostingId, cancellationToken);
        if (posting is null)
        {
            return null;
        }

        var weights = await CurrentWeightageAsync(cancellationToken);
        return await Unanalysed(posting.Id, posting.Version, weights.Hash).Select(p => p.ResumeId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Scores and stores every not-yet-analysed current resume for the posting, in one session per
    /// (version, weights). Returns how many were stored; null when the posting is gone.
    /// </summary>
    public async Task<int?> AnalyseAsync(Guid jobPostingId, CancellationToken cancellationToken = default)
    {
        var posting = await FindPostingAsync(jobPostingId, cancellationToken);
        if (posting is null)
        {
            return null;
        }

        var weights = await CurrentWeightageAsync(cancellationToken);
        var pending = await Unanalysed(posting.Id, posting.Version, weights.Hash).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.Set<AnalysisSession>()
            .Where(s => s.JobPostingId == posting.Id && s.JobVersion == posting.Version && s.WeightageHash == weights.Hash)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            session = new AnalysisSession
            {
                TenantId = posting.TenantId,
                JobPostingId = posting.Id,
                JobVersion = posting.Version,
                WeightageVersion = weights.Version,
                WeightageHash = weights.Hash,
                CreatedAt = now,
            };
            db.Add(session);
        }

        var pool = await cache.GetAsync(db, cancellationToken);
        var job = features.BuildJob(JobPostingService.EffectiveProfile(posting));
        var stored = 0;
        foreach (var (candidateId, resumeId) in pending)
        {
            // The index may be a moment older than the query; a resume it does not hold yet waits for the next run.
            if (!pool.Candidates.TryGetValue(candidateId, out var indexed) || indexed.ResumeId != resumeId)
            {
                continue;
            }

            var result = pool.Index.Explain(candidateId, job, scorer, weights.Profile);
            db.Add(new ResumeAnalysis
            {
                TenantId = posting.TenantId,
                ResumeId = resumeId,
                CandidateId = candidateId,
                AnalysisSessionId = session.Id,
                Score = result.Score,
                ComponentsJson = JobProfileJson.Serialize(result.Components),
                MatchedSkills = [.. result.MatchedSkills],
                MissingSkills = [.. result.MissingSkills],
                Explanation = result.Explanation,
                CreatedAt = now,
            });
            stored++;
        }

        session.Status = AnalysisSessionStatuses.Completed;
        session.CompletedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    public async Task<WeightageView> GetWeightageAsync(CancellationToken cancellationToken = default) =>
        (await CurrentWeightageAsync(cancellationToken)).ToView();

    /// <summary>Replaces the tenant's weights (relative, non-negative, not all zero); the version goes up.</summary>
    public async Task<Result<WeightageView>> UpdateWeightageAsync(WeightageView input, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        var profile = input.ToProfile();
        try
        {
            _ = profile.Normalized();
        }
        catch (ArgumentException e)
        {
            return Result<WeightageView>.Fail(e.Message, InvalidCode);
        }

        if (Scoring.ScoreResolver.Validate(input.AiWeight, input.DisagreementThreshold) is { } resolution)
        {
            return Result<WeightageView>.Fail(resolution, InvalidCode);
        }

        var row = await db.Set<WeightageSettings>().FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new WeightageSettings { TenantId = tenant.TenantId ?? throw new InvalidOperationException("Weights need a tenant."), Version = 0 };
            db.Add(row);
        }

        row.RequiredSkills = profile.RequiredSkills;
        row.PreferredSkills = profile.PreferredSkills;
        row.KeywordRelevance = profile.KeywordRelevance;
        row.TitleSimilarity = profile.TitleSimilarity;
        row.ExperienceFit = profile.ExperienceFit;
        row.EducationFit = profile.EducationFit;
        row.AiWeight = input.AiWeight;
        row.DisagreementThreshold = input.DisagreementThreshold;
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedByUserId = tenant.UserId;
        await db.SaveChangesAsync(cancellationToken);
        if (audit is not null)
        {
            await audit.RecordAsync(Audit.AuditActions.SettingsChanged, Audit.AuditEntities.Settings, "weightage",
                $"Scoring weights version {row.Version}: required {profile.RequiredSkills}, preferred {profile.PreferredSkills}, keywords {profile.KeywordRelevance}, title {profile.TitleSimilarity}, experience {profile.ExperienceFit}, education {profile.EducationFit}, AI weight {input.AiWeight}, review threshold {input.DisagreementThreshold}", cancellationToken);
        }

        return Result<WeightageView>.Ok(ToCurrent(row).ToView());
    }

    public async Task<CurrentWeightage> CurrentWeightageAsync(CancellationToken cancellationToken = default) =>
        await db.Set<WeightageSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) is { } row
            ? ToCurrent(row)
            : new CurrentWeightage(WeightageProfile.Default, 0, CurrentWeightage.HashOf(WeightageProfile.Default), true);

    private static CurrentWeightage ToCurrent(WeightageSettings row) =>
        new(row.ToProfile(), row.Version, CurrentWeightage.HashOf(row.ToProfile()), false, row.AiWeight, row.DisagreementThreshold);

    private Task<JobPosting?> FindPostingAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private IQueryable<PendingResume> Unanalysed(Guid jobPostingId, int version, string hash) =>
        from c in db.Set<Candidate>()
        join r in db.Set<Resume>() on c.CurrentResumeId equals r.Id
        where r.ParsedJson != null
            && !db.Set<ResumeAnalysis>().Any(a => a.ResumeId == r.Id
                && db.Set<AnalysisSession>().Any(s => s.Id == a.AnalysisSessionId && s.JobPostingId == jobPostingId && s.JobVersion == version && s.WeightageHash == hash))
        orderby r.Id
        select new PendingResume(c.Id, r.Id);

    private sealed record PendingResume(Guid CandidateId, Guid ResumeId);
}
