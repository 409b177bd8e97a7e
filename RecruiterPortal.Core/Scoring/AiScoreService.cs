using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Starts AI scores of the current tenant's candidate–job pairs and reads them back with the local
/// score, the matcher's verdicts and the resolution. The work runs on the pipeline
/// (<see cref="AiScoreHandler"/>), so starting returns at once with a row to poll.
/// </summary>
public sealed class AiScoreService(
    PortalDbContext db,
    ITenantContext tenant,
    IPipelineQueue queue,
    IAiChatClientFactory ai,
    MatchingService matching,
    MatcherVerdicts matcher,
    AuditLog audit,
    TimeProvider clock)
{
    public const string NotFoundCode = "not_found";
    public const string NoResumeCode = "no_resume";

    public async Task<Result<AiScoreView>> StartAsync(Guid jobPostingId, Guid candidateId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var pair = await FindPairAsync(jobPostingId, candidateId, cancellationToken);
        if (pair.Error is { } error)
        {
            return Result<AiScoreView>.Fail(error.Message, error.Code);
        }

        var (posting, resume) = (pair.Posting!, pair.Resume!);
        var llm = ai.DefaultProvider != AiProviders.BuiltIn;
        var row = new AiScore
        {
            TenantId = posting.TenantId,
            CandidateId = candidateId,
            JobPostingId = posting.Id,
            ResumeId = resume.Id,
            JobVersion = posting.Version,
            Source = llm ? AiScoreSources.Llm : AiScoreSources.Matcher,
            AiProvider = llm ? ai.DefaultProvider : null,
            AiModel = llm ? ai.DefaultModel : null,
            CreatedByUserId = tenant.UserId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        row.PipelineJobId = await queue.EnqueueAsync(
            new PipelineJobRequest(row.TenantId, AiScoreHandler.JobKind, new AiScorePayload(row.Id), CorrelationId: row.Id, SubjectId: row.Id, MaxAttempts: 2, CreatedByUserId: row.CreatedByUserId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.AiScoreRequested, AuditEntities.AiScore, row.Id, $"Candidate {candidateId}, job {posting.Id}, {row.Source}", cancellationToken);
        return Result<AiScoreView>.Ok(AiScoreView.From(row, null));
    }

    /// <summary>The pair's local score, the matcher's verdicts, the newest AI score attempt, the newest completed one and the last 20 attempts.</summary>
    public async Task<Result<AiScoreOverview>> GetAsync(Guid jobPostingId, Guid candidateId, CancellationToken cancellationToken = default)
    {
        var pair = await FindPairAsync(jobPostingId, candidateId, cancellationToken);
        if (pair.Error is { } error)
        {
            return Result<AiScoreOverview>.Fail(error.Message, error.Code);
        }

        var local = await matching.ScoreAsync(candidateId, jobPostingId, cancellationToken);
        if (!local.IsSuccess)
        {
            return Result<AiScoreOverview>.Fail(local.Error!, local.Code == MatchingService.NotFoundCode ? NotFoundCode : NoResumeCode);
        }

        var (posting, resume) = (pair.Posting!, pair.Resume!);
        var profile = JobPostingService.EffectiveProfile(posting);
        var verdicts = matcher.Judge(ParsedResumeJson.Deserialize(resume.ParsedJson)!, resume.RawText, profile, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var rows = await db.Set<AiScore>().AsNoTracking()
            .Where(s => s.JobPostingId == jobPostingId && s.CandidateId == candidateId)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        var latest = rows.FirstOrDefault();
        var completed = rows.FirstOrDefault(s => s.Status == AiScoreStatuses.Completed);
        var ids = rows.Select(r => r.Id).ToList();
        var resolutions = (await db.Set<ScoreResolution>().AsNoTracking().Where(r => ids.Contains(r.AiScoreId)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.AiScoreId);
        var resolution = completed is null ? null : resolutions.GetValueOrDefault(completed.Id);
        var weights = await matching.CurrentWeightageAsync(cancellationToken);
        var llm = ai.DefaultProvider != AiProviders.BuiltIn;
        var completedView = completed is null ? null : AiScoreView.From(completed, resolution);
        return Result<AiScoreOverview>.Ok(new AiScoreOverview(
            posting.Id, candidateId, posting.Title, local.Value!.CandidateName, local.Value.Score, llm,
            llm ? ai.DefaultProvider : null, llm ? ai.DefaultModel : null, weights.AiWeight, weights.DisagreementThreshold,
            RequirementVerdict.ScoreOf(verdicts), verdicts,
            latest is null ? null : latest.Id == completed?.Id ? completedView : AiScoreView.From(latest, null),
            completedView,
            rows.Select(r => AiScoreAttempt.From(r, resolutions.GetValueOrDefault(r.Id))).ToList()));
    }

    /// <summary>One AI score by id (for polling a started one); null when the tenant has no such row.</summary>
    public async Task<AiScoreView?> FindAsync(Guid aiScoreId, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<AiScore>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == aiScoreId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var resolution = await db.Set<ScoreResolution>().AsNoTracking().FirstOrDefaultAsync(r => r.AiScoreId == row.Id, cancellationToken);
        return AiScoreView.From(row, resolution);
    }

    private async Task<Pair> FindPairAsync(Guid jobPostingId, Guid candidateId, CancellationToken cancellationToken)
    {
        // The tenant filter makes another tenant's ids look exactly like unknown ones.
        var posting = await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == jobPostingId, cancellationToken);
        var candidate = posting is null ? null : await db.Set<Candidate>().AsNoTracking()
            .Where(c => c.Id == candidateId).Select(c => new { c.Id, c.CurrentResumeId }).FirstOrDefaultAsync(cancellationToken);
        if (posting is null || candidate is null)
        {
            return new Pair(null, null, ("This candidate or job posting does not exist.", NotFoundCode));
        }

        var resume = candidate.CurrentResumeId is { } resumeId
            ? await db.Set<Resume>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == resumeId && r.ParsedJson != null, cancellationToken)
            : null;
        return resume is null
            ? new Pair(posting, null, ("This candidate has no parsed resume to score yet.", NoResumeCode))
            : new Pair(posting, resume, null);
    }

    private sealed record Pair(JobPosting? Posting, Resume? Resume, (string Message, string Code)? Error);
}

/// <summary>The payload of an <c>ai_score</c> job: everything else is read from the row.</summary>
public sealed record AiScorePayload(Guid AiScoreId);
