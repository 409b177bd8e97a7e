using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring.Llm;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Runs a <c>tailor_resume</c> job with the engine the request chose (the language model configured
/// under <c>Ai</c>, or the built-in engine), checks the output once more against the original, and
/// stores it with HTML for display. When the model does not answer, the built-in engine takes over
/// if <see cref="AiOptions.FallbackToBuiltIn"/> allows, with a warning on the row saying so. A
/// tailoring that fails is marked failed with the reason on its row, never stored half-done or with
/// content the original does not support.
/// </summary>
public sealed class TailorResumeHandler(
    PortalDbContext db,
    SkillTaxonomy taxonomy,
    TailoringGuard guard,
    CoverLetters.CoverLetterGuard letterGuard,
    MatchingService matching,
    IAiChatClientFactory ai,
    IOptions<AiOptions> aiOptions,
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
        var asOf = DateOnly.FromDateTime(row.CreatedAt);
        var job = JobPostingService.EffectiveProfile(posting);
        var provider = ai.Resolve(options.AiProvider);
        var letter = row.DocumentType == TailoredDocumentTypes.CoverLetter;

        // A letter is checked against the employers the tenant knows, once for the writer and the guard.
        var employers = letter ? await CoverLetters.LetterEmployers.LoadAsync(db, row.CandidateId, cancellationToken) : null;
        TailoringResult result;
        try
        {
            result = letter
                ? await WriteLetterAsync(row, provider, parsed, job, options, asOf, weights.Profile, employers!, cancellationToken)
                : provider == AiProviders.BuiltIn
                ? new BuiltInTailoringEngine(taxonomy, asOf, weights.Profile).Tailor(parsed, resume!.RawText, job, options)
                : await TailorWithModelAsync(row, provider, parsed, resume!.RawText, job, options, asOf, weights.Profile, cancellationToken);
        }
        catch (PipelineFailure)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The engine is deterministic: retrying the same input cannot succeed where this failed.
            logger.LogWarning(ex, "Tailoring {TailoredResumeId} failed in the engine", row.Id);
            throw new PipelineFailure(letter ? $"The cover letter could not be written: {ex.Message}" : $"The resume could not be tailored: {ex.Message}", "engine_failed");
        }

        await StepAsync(context, row, VerifyStep, 70, cancellationToken);
        var report = letter
            ? letterGuard.Verify(result.OriginalMarkdown, result.TailoredMarkdown, row.JobTitle, row.JobCompany, employers)
            : guard.Verify(result.OriginalMarkdown, result.TailoredMarkdown, options.PreserveExperience);
        if (!report.Ok || result.AddedSkills.Count > 0)
        {
            var why = report.Violations.Select(v => v.Detail).Concat(result.AddedSkills.Select(s => $"adds the skill {s}"));
            throw new PipelineFailure(letter
                ? $"The cover letter was not stored because it states things the resume does not support: {string.Join("; ", why)}"
                : $"The tailored resume was not stored because it states things the original does not support: {string.Join("; ", why)}", "unsupported_content");
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
        row.AiProvider = result.Usage is { Requests: > 0 } && result.Usage.Provider != AiProviders.BuiltIn ? result.Usage.Provider : TailoredResumeStatuses.BuiltInProvider;
        row.AiModel = row.AiProvider == TailoredResumeStatuses.BuiltInProvider ? null : result.Usage?.Model;
        RecordUsage(row, result.Usage);

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

    /// <summary>
    /// Tailors with the language model; when it gives no usable answer, falls back to the built-in
    /// engine (with a warning) or fails with the reason, as <see cref="AiOptions.FallbackToBuiltIn"/> says.
    /// </summary>
    private async Task<TailoringResult> TailorWithModelAsync(
        TailoredResume row, string provider, Parsing.ParsedResume parsed, string? rawText, JobProfile job,
        TailorOptions options, DateOnly asOf, WeightageProfile weights, CancellationToken cancellationToken)
    {
        var settings = aiOptions.Value;
        var unavailable = ai.Check(provider);
        using var client = unavailable is null ? ai.Create(options.AiModel) : null;
        string reason;
        try
        {
            if (client is null)
            {
                throw new AiUnavailableException($"The AI provider cannot be used ({unavailable})");
            }

            var engine = new LlmTailoringEngine(taxonomy, asOf, weights);
            var tailored = await engine.TailorAsync(client, parsed, rawText, job, options, settings.Temperature, settings.MaxRetries, cancellationToken);
            return tailored with { Usage = tailored.Usage! with { Provider = provider } };
        }
        catch (AiUnavailableException ex)
        {
            reason = ex.Message;
        }

        var usage = client is null ? null : new TailoringUsage(provider, options.AiModel ?? ai.DefaultModel, client.InputTokens, client.OutputTokens, client.Requests, client.Retries);
        if (!ai.FallbackToBuiltIn)
        {
            RecordUsage(row, usage);
            throw new PipelineFailure($"{reason}. The resume was not tailored; try again later or choose the built-in engine.", "ai_unavailable");
        }

        logger.LogWarning("Tailoring {TailoredResumeId}: {Reason}; falling back to the built-in engine", row.Id, reason);
        var fallback = new BuiltInTailoringEngine(taxonomy, asOf, weights).Tailor(parsed, rawText, job, options);
        return fallback with
        {
            Warnings = [$"{reason}; tailored with the built-in engine instead.", .. fallback.Warnings],
            Usage = usage is null ? null : usage with { Provider = AiProviders.BuiltIn },
        };
    }

    /// <summary>
    /// Writes a cover letter in the style stored on the row: with the language model when one was
    /// chosen (its letter must pass <see cref="CoverLetters.CoverLetterGuard"/>), else, or when the model
    /// gives no usable letter and fallback is allowed, with the built-in composer.
    /// </summary>
    private async Task<TailoringResult> WriteLetterAsync(
        TailoredResume row, string provider, Parsing.ParsedResume parsed, JobProfile job, TailorOptions options,
        DateOnly asOf, WeightageProfile weights, CoverLetters.LetterEmployers employers, CancellationToken cancellationToken)
    {
        var style = TailoringJson.Deserialize<CoverLetters.WritingStyle>(row.StyleJson) ?? CoverLetters.WritingStyle.Neutral;
        var draft = new CoverLetters.CoverLetterComposer(taxonomy).Compose(parsed, job, row.JobCompany, style);
        var score = Math.Round(new MatchScorer(taxonomy, weights).Score(parsed, draft.ResumeMarkdown, job, asOf).Score, 4);
        var built = new TailoringResult
        {
            TailoredMarkdown = draft.Markdown,
            OriginalMarkdown = draft.ResumeMarkdown,
            OriginalScore = score,
            TailoredScore = score,
            Improvements = draft.Evidence,
            MatchedSkills = draft.MatchedSkills,
            MissingSkills = draft.MissingSkills,
            Iterations = 1,
        };
        if (provider == AiProviders.BuiltIn)
        {
            return built;
        }

        var settings = aiOptions.Value;
        var unavailable = ai.Check(provider);
        using var client = unavailable is null ? ai.Create(options.AiModel) : null;
        string reason;
        var rejected = new List<TailoringImprovement>();
        try
        {
            if (client is null)
            {
                throw new AiUnavailableException($"The AI provider cannot be used ({unavailable})");
            }

            var (text, rounds, warnings) = await new CoverLetters.LlmCoverLetterWriter(letterGuard, employers)
                .WriteAsync(client, parsed, job, row.JobCompany, style, options.MaxIterations, settings.Temperature, settings.MaxRetries, cancellationToken);
            return built with
            {
                TailoredMarkdown = text,
                Improvements = [new TailoringImprovement("Letter", CoverLetters.CoverLetterImprovementTypes.Written, "Written by the AI in the candidate's style; checked against the resume", "", "")],
                Iterations = rounds,
                Warnings = warnings,
                Usage = new TailoringUsage(provider, options.AiModel ?? ai.DefaultModel, client.InputTokens, client.OutputTokens, client.Requests, client.Retries),
            };
        }
        catch (AiUnavailableException ex)
        {
            reason = ex.Message;
        }
        catch (CoverLetters.CoverLetterRejectedException ex)
        {
            reason = ex.Message;
            rejected.Add(new TailoringImprovement("Letter", ImprovementTypes.Rejected, $"The AI letter was set aside: {string.Join("; ", ex.Violations.Select(v => v.Detail))}", "", ex.Letter));
        }

        var usage = client is null ? null : new TailoringUsage(provider, options.AiModel ?? ai.DefaultModel, client.InputTokens, client.OutputTokens, client.Requests, client.Retries);
        if (!ai.FallbackToBuiltIn)
        {
            RecordUsage(row, usage);
            row.RejectedChangesJson = TailoringJson.Serialize(rejected);
            throw new PipelineFailure($"{reason}. The cover letter was not written; try again or choose the built-in engine.", rejected.Count > 0 ? "unsupported_content" : "ai_unavailable");
        }

        logger.LogWarning("Cover letter {TailoredResumeId}: {Reason}; falling back to the built-in composer", row.Id, reason);
        return built with
        {
            Improvements = [.. built.Improvements, .. rejected],
            Warnings = [$"{reason}; written with the built-in engine instead."],
            Usage = usage is null ? null : usage with { Provider = AiProviders.BuiltIn },
        };
    }

    private static void RecordUsage(TailoredResume row, TailoringUsage? usage)
    {
        row.AiPromptTokens = usage?.PromptTokens;
        row.AiCompletionTokens = usage?.CompletionTokens;
        row.AiRequests = usage?.Requests;
        row.AiRetries = usage?.Retries;
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
