using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>A tailoring in a history list.</summary>
public sealed record TailoringSummary(
    Guid Id,
    Guid CandidateId,
    string? CandidateName,
    Guid? JobPostingId,
    string? JobTitle,
    string? JobCompany,
    string Status,
    string? ProcessingStep,
    int ProcessingProgress,
    double? OriginalMatchScore,
    double? TailoredMatchScore,
    double? FinalMatchScore,
    string AiProvider,
    string? AiModel,
    DateTime CreatedAt,
    string DocumentType = TailoredDocumentTypes.Resume);

/// <summary>
/// What a recruiter does with tailorings once started: follows and cancels a running one, lists
/// the history for a candidate or a job, and accepts or declines individual changes before export.
/// All reads go through the tenant filter, so another tenant's tailoring looks like a missing one.
/// </summary>
public sealed class TailoringReviewService(
    PortalDbContext db,
    SkillTaxonomy taxonomy,
    TailoringGuard guard,
    MatchingService matching,
    PipelineJobs jobs,
    AuditLog audit,
    ITenantContext tenant,
    TimeProvider clock)
{
    public const int MaxHistory = 200;

    public async Task<IReadOnlyList<TailoringSummary>> ListAsync(Guid? candidateId = null, Guid? jobPostingId = null, int take = 50, CancellationToken cancellationToken = default)
    {
        var query = db.Set<TailoredResume>().AsNoTracking();
        if (candidateId is { } c)
        {
            query = query.Where(t => t.CandidateId == c);
        }

        if (jobPostingId is { } j)
        {
            query = query.Where(t => t.JobPostingId == j);
        }

        return await query
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Take(Math.Clamp(take, 1, MaxHistory))
            .Select(t => new TailoringSummary(
                t.Id, t.CandidateId,
                db.Set<Candidate>().Where(x => x.Id == t.CandidateId).Select(x => x.FullName).FirstOrDefault(),
                t.JobPostingId, t.JobTitle, t.JobCompany, t.Status, t.ProcessingStep, t.ProcessingProgress,
                t.OriginalMatchScore, t.TailoredMatchScore, t.FinalMatchScore, t.AiProvider, t.AiModel, t.CreatedAt, t.DocumentType))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The pipeline job that runs this tailoring, whose progress topic a page can watch.</summary>
    public async Task<Guid?> FindJobIdAsync(Guid tailorId, CancellationToken cancellationToken = default) =>
        await db.PipelineJobs.AsNoTracking()
            .Where(j => j.SubjectId == tailorId && j.Kind == TailorResumeHandler.JobKind)
            .OrderByDescending(j => j.CreatedAt)
            .Select(j => (Guid?)j.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Stops a tailoring that has not finished; it ends failed with "cancelled" as the reason.</summary>
    public async Task<Result<TailoredResumeView>> CancelAsync(Guid tailorId, string? byWhom, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var row = await LoadFreshAsync(tailorId, cancellationToken);
        if (row is null)
        {
            return Result<TailoredResumeView>.Fail("This tailoring does not exist.", TailoringService.NotFoundCode);
        }

        if (row.Status is TailoredResumeStatuses.Completed or TailoredResumeStatuses.Failed)
        {
            return Result<TailoredResumeView>.Fail($"This tailoring has already {row.Status}; there is nothing to cancel.", "finished");
        }

        if (await FindJobIdAsync(tailorId, cancellationToken) is { } jobId)
        {
            await jobs.CancelAsync(jobId, cancellationToken);
        }

        // The worker may have finished meanwhile; its result stands.
        await db.Entry(row).ReloadAsync(cancellationToken);
        if (row.Status is not (TailoredResumeStatuses.Completed or TailoredResumeStatuses.Failed))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            row.Status = TailoredResumeStatuses.Failed;
            row.ProcessingError = string.IsNullOrWhiteSpace(byWhom) ? "Cancelled." : $"Cancelled by {byWhom}.";
            row.ProcessingCompletedAt = now;
            row.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.TailoringCancelled, AuditEntities.TailoredResume, row.Id, $"Candidate {row.CandidateId}", cancellationToken);
        }

        return Result<TailoredResumeView>.Ok(TailoredResumeView.From(row));
    }

    /// <summary>
    /// Keeps every change except <paramref name="declined"/> (indexes into the improvements list),
    /// rescores the result, and stores it as the version to export. The result is checked against
    /// the original once more, so a review can never produce something the original does not support.
    /// </summary>
    public async Task<Result<ReviewedTailoring>> ReviewAsync(Guid tailorId, IReadOnlyCollection<int> declined, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var row = await LoadFreshAsync(tailorId, cancellationToken);
        if (row is null)
        {
            return Result<ReviewedTailoring>.Fail("This tailoring does not exist.", TailoringService.NotFoundCode);
        }

        if (row.Status != TailoredResumeStatuses.Completed || row.TailoredMarkdown is null || row.OriginalMarkdown is null)
        {
            return Result<ReviewedTailoring>.Fail("Changes can be reviewed once the tailoring has completed.", "not_completed");
        }

        if (row.DocumentType == TailoredDocumentTypes.CoverLetter)
        {
            return Result<ReviewedTailoring>.Fail("A cover letter has no resume changes to review; write another one instead.", "not_completed");
        }

        var improvements = TailoringJson.Deserialize<List<TailoringImprovement>>(row.ImprovementsJson) ?? [];
        var outOfRange = declined.Where(i => i < 0 || i >= improvements.Count).ToList();
        if (outOfRange.Count > 0)
        {
            return Result<ReviewedTailoring>.Fail($"There is no change number {string.Join(", ", outOfRange)}; this tailoring has {improvements.Count}.", TailoringService.InvalidCode);
        }

        var kept = declined.Distinct().Order().ToList();
        var outcome = ImprovementReview.Apply(row.TailoredMarkdown, improvements, kept);
        var options = TailoringJson.Deserialize<TailorOptions>(row.OptionsJson) ?? new TailorOptions();
        var report = guard.Verify(row.OriginalMarkdown, outcome.Markdown, options.PreserveExperience);
        if (!report.Ok)
        {
            return Result<ReviewedTailoring>.Fail($"These choices would leave text the original does not support: {string.Join("; ", report.Violations.Select(v => v.Detail))}", "unsupported_content");
        }

        row.DeclinedImprovementsJson = TailoringJson.Serialize(kept);
        row.FinalMarkdown = kept.Count == 0 ? null : outcome.Markdown;
        row.FinalMatchScore = kept.Count == 0 ? null : await ScoreAsync(row, outcome.Markdown, cancellationToken);
        row.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedAt = row.ReviewedAt.Value;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.TailoringReviewed, AuditEntities.TailoredResume, row.Id, $"Declined {kept.Count} of {improvements.Count} changes", cancellationToken);
        return Result<ReviewedTailoring>.Ok(new ReviewedTailoring(TailoredResumeView.From(row), outcome.NotUndone));
    }

    /// <summary>
    /// The row as the database has it now. A circuit keeps one context for its lifetime, so a row it
    /// tracked while the worker was still writing (e.g. the one it just started) would be stale.
    /// </summary>
    private async Task<TailoredResume?> LoadFreshAsync(Guid tailorId, CancellationToken cancellationToken)
    {
        var row = await db.Set<TailoredResume>().FirstOrDefaultAsync(t => t.Id == tailorId, cancellationToken);
        if (row is not null)
        {
            await db.Entry(row).ReloadAsync(cancellationToken);
        }

        return row;
    }

    private async Task<double?> ScoreAsync(TailoredResume row, string markdown, CancellationToken cancellationToken)
    {
        var posting = row.JobPostingId is { } id
            ? await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (posting is null)
        {
            return null;
        }

        var weights = await matching.CurrentWeightageAsync(cancellationToken);
        var scorer = new MatchScorer(taxonomy, weights.Profile);
        var score = scorer.Score(ResumeMarkdown.ToResume(markdown), markdown, JobPostingService.EffectiveProfile(posting), DateOnly.FromDateTime(row.CreatedAt)).Score;
        return Math.Round(score, 4);
    }
}

/// <summary>A reviewed tailoring and the declined changes that could not be undone on their own, with why.</summary>
public sealed record ReviewedTailoring(TailoredResumeView Tailoring, IReadOnlyDictionary<int, string> NotUndone);
