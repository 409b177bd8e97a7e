using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Runs a <c>tailor_resume</c> job with the built-in engine, checks the output once more against
/// the original, and stores it with HTML for display. A tailoring that fails is marked failed with
/// the reason on its row, never stored half-done or with content the original does not support.
/// </summary>
public sealed class TailorResumeHandler(
    PortalDbContext db,
    SkillTaxonomy taxonomy,
    TailoringGuard guard,
    MatchingService matching,
    TimeProvider clock,
    ILogger<TailorResumeHandler> logger) : IPipelineHandler
{
    public const string JobKind = "tailor_resume";

    public const string LoadStep = "load";
    public const string TailorStep = "tailor";
    public const string VerifyStep = "verify";
    public const string RenderStep = "render";
    public const string CompleteStep = "complete";

    public string Kind => JobKind;

    public async Task ExecuteAsync(PipelineJobContext context, CancellationToken cancellationToken)
    {
        var payload = context.GetPayload<TailorResumePayload>();
        var row = await db.Set<TailoredResume>().SingleOrDefaultAsync(t => t.Id == payload.TailoredResumeId, cancellationToken)
            ?? throw new PipelineFailure("This tailoring was deleted before it could run.", "not_found");
        if (row.Status is TailoredResumeStatuses.Completed or TailoredResumeStatuses.Failed)
        {
            // A re-delivered job changes nothing that already finished.
            context.SetResult(new { tailor_id = row.Id, status = row.Status });
            return;
        }

        try
        {
            await RunAsync(context, row, cancellationToken);
        }
        catch (PipelineFailure failure)
        {
            await FailAsync(row, failure.Message, cancellationToken);
            throw;
        }

        await context.ReportProgressAsync(CompleteStep, 100, cancellationToken: cancellationToken);
        context.SetResult(new { tailor_id = row.Id, status = row.Status });
    }

    private async Task RunAsync(PipelineJobContext context, TailoredResume row, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        row.Status = TailoredResumeStatuses.Processing;
        row.ProcessingStartedAt ??= clock.GetUtcNow().UtcDateTime;
        await StepAsync(context, row, LoadStep, 10, cancellationToken);

        var resume = row.ResumeId is { } resumeId
            ? await db.Set<Resume>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == resumeId, cancellationToken)
            : null;
        var parsed = ParsedResumeJson.Deserialize(resume?.ParsedJson)
            ?? throw new PipelineFailure("This candidate has no parsed resume to tailor", "no_resume");
        var posting = row.JobPostingId is { } postingId
            ? await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, cancellationToken)
            : null;
        if (posting is null)
        {
            throw new PipelineFailure("The job posting was deleted before the resume could be tailored to it.", "not_found");
        }

        var options = TailoringJson.Deserialize<TailorOptions>(row.OptionsJson) ?? new TailorOptions();
        var weights = await matching.CurrentWeightageAsync(cancellationToken);

        await StepAsync(context, row, TailorStep, 30, cancellationToken);

        // Scores are taken as of the day the tailoring was asked for, so a re-run gives the same result.
        var engine = new BuiltInTailoringEngine(taxonomy, DateOnly.FromDateTime(row.CreatedAt), weights.Profile);
        TailoringResult result;
        try
        {
            result = engine.Tailor(parsed, resume!.RawText, JobPostingService.EffectiveProfile(posting), options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The engine is deterministic: retrying the same input cannot succeed where this failed.
            logger.LogWarning(ex, "Tailoring {TailoredResumeId} failed in the engine", row.Id);
            throw new PipelineFailure($"The resume could not be tailored: {ex.Message}", "engine_failed");
        }

        await StepAsync(context, row, VerifyStep, 70, cancellationToken);
        var report = guard.Verify(result.OriginalMarkdown, result.TailoredMarkdown, options.PreserveExperience);
        if (!report.Ok || result.AddedSkills.Count > 0)
        {
            var why = report.Violations.Select(v => v.Detail).Concat(result.AddedSkills.Select(s => $"adds the skill {s}"));
            throw new PipelineFailure($"The tailored resume was not stored because it states things the original does not support: {string.Join("; ", why)}", "unsupported_content");
        }

        await StepAsync(context, row, RenderStep, 85, cancellationToken);
        row.OriginalMarkdown = result.OriginalMarkdown;
        row.TailoredMarkdown = result.TailoredMarkdown;
        // Raw HTML in a resume would reach the recruiter's browser; Markdown renders as text instead.
        row.TailoredHtml = ResumeMarkdown.ToHtml(result.TailoredMarkdown);
        row.OriginalKeywords = Keywords(result.OriginalMarkdown);
        row.TailoredKeywords = Keywords(result.TailoredMarkdown);
        row.OriginalMatchScore = Math.Round(result.OriginalScore, 4);
        row.TailoredMatchScore = Math.Round(result.TailoredScore, 4);
        row.ScoreImprovement = Math.Round(result.TailoredScore - result.OriginalScore, 4);
        row.MatchedSkills = [.. result.MatchedSkills];
        row.MissingSkills = [.. result.MissingSkills];
        row.AddedSkills = [.. result.AddedSkills];
        var undone = result.Improvements.Where(i => i.Type is ImprovementTypes.Rejected or ImprovementTypes.Reverted).ToList();
        row.ImprovementsJson = TailoringJson.Serialize(result.Improvements.Except(undone).ToList());
        row.RejectedChangesJson = TailoringJson.Serialize(undone);
        row.Warnings = [.. result.Warnings];
        row.IterationsUsed = result.Iterations;
        row.AiProvider = TailoredResumeStatuses.BuiltInProvider;
        row.AiModel = null;

        var now = clock.GetUtcNow().UtcDateTime;
        row.Status = TailoredResumeStatuses.Completed;
        row.ProcessingError = null;
        row.ProcessingStep = CompleteStep;
        row.ProcessingProgress = 100;
        row.ProcessingCompletedAt = now;
        row.ProcessingDurationSeconds = Math.Round(watch.Elapsed.TotalSeconds, 4);
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Tailoring {TailoredResumeId} completed: {Original} -> {Tailored}", row.Id, row.OriginalMatchScore, row.TailoredMatchScore);
    }

    private List<string> Keywords(string markdown) =>
        taxonomy.FindMentions(markdown).Select(m => m.Skill.Name).Distinct(StringComparer.Ordinal).ToList();

    private async Task StepAsync(PipelineJobContext context, TailoredResume row, string step, int percent, CancellationToken cancellationToken)
    {
        row.ProcessingStep = step;
        row.ProcessingProgress = percent;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await context.ReportProgressAsync(step, percent, cancellationToken: cancellationToken);
    }

    private async Task FailAsync(TailoredResume row, string message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        row.Status = TailoredResumeStatuses.Failed;
        row.ProcessingError = message;
        row.ProcessingCompletedAt = now;
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Tailoring {TailoredResumeId} failed: {Error}", row.Id, message);
    }
}
