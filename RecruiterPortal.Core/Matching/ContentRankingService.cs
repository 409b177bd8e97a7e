using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Stored content rankings: computed on first read from the candidate's current resume, recomputed
/// when the resume or posting version moved on, and frozen once a recruiter reorders them.
/// </summary>
public sealed class ContentRankingService(PortalDbContext db, ContentRanker ranker, ITenantContext tenant, TimeProvider clock)
{
    public const string NotFoundCode = "not_found";
    public const string NoResumeCode = "no_resume";
    public const string InvalidCode = "invalid";

    public async Task<Result<ContentRankingView>> GetOrCreateAsync(Guid candidateId, Guid jobPostingId, CancellationToken cancellationToken = default)
    {
        var posting = await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == jobPostingId, cancellationToken);
        var candidate = await db.Set<Candidate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (posting is null || candidate is null)
        {
            return Result<ContentRankingView>.Fail("This candidate or job posting does not exist.", NotFoundCode);
        }

        var existing = await db.Set<ContentRanking>().FirstOrDefaultAsync(r => r.CandidateId == candidateId && r.JobPostingId == jobPostingId, cancellationToken);
        if (existing is not null && (existing.UserModified || (existing.ResumeId == candidate.CurrentResumeId && existing.JobVersion == posting.Version)))
        {
            return Result<ContentRankingView>.Ok(ToView(existing));
        }

        var resume = candidate.CurrentResumeId is { } resumeId
            ? await db.Set<Resume>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == resumeId, cancellationToken)
            : null;
        var parsed = ParsedResumeJson.Deserialize(resume?.ParsedJson);
        if (resume is null || parsed is null)
        {
            return Result<ContentRankingView>.Fail("This candidate has no parsed resume to rank.", NoResumeCode);
        }

        var rankings = ranker.Rank(parsed, JobPostingService.EffectiveProfile(posting));
        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            existing = new ContentRanking { TenantId = posting.TenantId, CandidateId = candidateId, JobPostingId = jobPostingId, CreatedAt = now };
            db.Add(existing);
        }

        existing.ResumeId = resume.Id;
        existing.JobVersion = posting.Version;
        existing.ExperiencesJson = JobProfileJson.Serialize(rankings.Experiences);
        existing.ProjectsJson = JobProfileJson.Serialize(rankings.Projects);
        existing.SkillsJson = JobProfileJson.Serialize(rankings.Skills);
        existing.UserModified = false;
        existing.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return Result<ContentRankingView>.Ok(ToView(existing));
    }

    /// <summary>Saves a recruiter's order; each given list must name every item exactly once.</summary>
    public async Task<Result<ContentRankingView>> SaveOrderAsync(Guid candidateId, Guid jobPostingId, ContentOrder order, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var current = await GetOrCreateAsync(candidateId, jobPostingId, cancellationToken);
        if (!current.IsSuccess)
        {
            return current;
        }

        var row = await db.Set<ContentRanking>().SingleAsync(r => r.CandidateId == candidateId && r.JobPostingId == jobPostingId, cancellationToken);
        var view = current.Value!;
        if (!TryReorder(view.Experiences, order.Experiences, out var experiences)
            || !TryReorder(view.Projects, order.Projects, out var projects)
            || !TryReorder(view.Skills, order.Skills, out var skills))
        {
            return Result<ContentRankingView>.Fail("Each reordered list must contain every item's index exactly once.", InvalidCode);
        }

        row.ExperiencesJson = JobProfileJson.Serialize(experiences);
        row.ProjectsJson = JobProfileJson.Serialize(projects);
        row.SkillsJson = JobProfileJson.Serialize(skills);
        row.UserModified = true;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result<ContentRankingView>.Ok(ToView(row));
    }

    private static bool TryReorder(IReadOnlyList<RankedContent> items, IReadOnlyList<int>? order, out IReadOnlyList<RankedContent> reordered)
    {
        reordered = items;
        if (order is null)
        {
            return true;
        }

        var byIndex = items.ToDictionary(i => i.Index);
        if (order.Count != items.Count || order.Distinct().Count() != order.Count || !order.All(byIndex.ContainsKey))
        {
            return false;
        }

        reordered = order.Select(i => byIndex[i]).ToList();
        return true;
    }

    private static ContentRankingView ToView(ContentRanking r) => new(
        r.CandidateId, r.JobPostingId, r.ResumeId, r.JobVersion,
        JobProfileJson.Deserialize<List<RankedContent>>(r.ExperiencesJson) ?? [],
        JobProfileJson.Deserialize<List<RankedContent>>(r.ProjectsJson) ?? [],
        JobProfileJson.Deserialize<List<RankedContent>>(r.SkillsJson) ?? [],
        r.UserModified, r.CreatedAt, r.UpdatedAt);
}
