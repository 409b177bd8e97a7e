using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Runs an <c>ai_score</c> job: judges each requirement of the posting against the candidate's
/// resume with the configured language model (or, without one, the deterministic matcher), checks
/// every quote against the resume, stores the verdicts, the overall score and the model's raw
/// answer, and resolves the AI score against the local score by the tenant's weights. An answer
/// that cannot be read is asked for once more; a provider that does not answer in time, or a second
/// unreadable answer, fails the row with the reason. Nothing earlier is changed or lost.
/// </summary>
public sealed class AiScoreHandler(
    PortalDbContext db,
    MatchingService matching,
    MatcherVerdicts matcher,
    IAiChatClientFactory ai,
    IOptions<AiOptions> aiOptions,
    TimeProvider clock,
    ILogger<AiScoreHandler> logger) : IPipelineHandler
{
    public const string JobKind = "ai_score";

    /// <summary>How many times an unreadable answer is asked for again.</summary>
    public const int UnreadableRetries = 1;

    public string Kind => JobKind;

    public async Task ExecuteAsync(PipelineJobContext context, CancellationToken cancellationToken)
    {
        var payload = context.GetPayload<AiScorePayload>();
        var row = await db.Set<AiScore>().SingleOrDefaultAsync(s => s.Id == payload.AiScoreId, cancellationToken)
            ?? throw new PipelineFailure("This AI score was deleted before it could run.", "not_found");
        if (row.Status is AiScoreStatuses.Completed or AiScoreStatuses.Failed)
        {
            // A re-delivered job changes nothing that already finished.
            context.SetResult(new { ai_score_id = row.Id, status = row.Status });
            return;
        }

        try
        {
            await RunAsync(context, row, cancellationToken);
        }
        catch (PipelineFailure failure)
        {
            await FailAsync(row, failure, cancellationToken);
            throw;
        }

        await context.ReportProgressAsync("complete", 100, cancellationToken: cancellationToken);
        context.SetResult(new { ai_score_id = row.Id, status = row.Status, overall_score = row.OverallScore });
    }

    /// <summary>
    /// Scores a queued row judged by the deterministic matcher now, in the caller's scope (the demo
    /// seeding, so the demo's saved shortlist shows AI scores); its pipeline job later finds it done.
    /// </summary>
    public Task ScoreWithMatcherNowAsync(AiScore row, CancellationToken cancellationToken)
    {
        if (row.Source != AiScoreSources.Matcher || row.Status != AiScoreStatuses.Queued)
        {
            throw new InvalidOperationException("Only a queued score judged by the matcher is scored at once; a language model's runs on the pipeline.");
        }

        return RunAsync(null, row, cancellationToken);
    }

    private async Task RunAsync(PipelineJobContext? context, AiScore row, CancellationToken cancellationToken)
    {
        row.Status = AiScoreStatuses.Processing;
        await db.SaveChangesAsync(cancellationToken);
        await ProgressAsync(context, "load", 10, cancellationToken);

        var resume = row.ResumeId is { } resumeId
            ? await db.Set<Resume>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == resumeId, cancellationToken)
            : null;
        var parsed = ParsedResumeJson.Deserialize(resume?.ParsedJson)
            ?? throw new PipelineFailure("This candidate has no parsed resume to score.", "no_resume");
        var posting = await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == row.JobPostingId, cancellationToken)
            ?? throw new PipelineFailure("The job posting was deleted before the AI score could run.", "not_found");
        var local = await matching.ScoreAsync(row.CandidateId, row.JobPostingId, cancellationToken);
        if (!local.IsSuccess)
        {
            throw new PipelineFailure(local.Error!, local.Code ?? "failed");
        }

        var weights = await matching.CurrentWeightageAsync(cancellationToken);
        var job = JobPostingService.EffectiveProfile(posting);
        var requirements = JobRequirement.From(job);
        var text = MatcherVerdicts.TextOf(parsed, resume!.RawText);

        await ProgressAsync(context, "assess", 30, cancellationToken);
        AiScoreAnswer answer;
        if (row.Source == AiScoreSources.Llm)
        {
            answer = await AskModelAsync(row, text, posting.Title, requirements, cancellationToken);
        }
        else
        {
            var verdicts = matcher.Judge(requirements, parsed, resume.RawText, job, DateOnly.FromDateTime(row.CreatedAt));
            var score = RequirementVerdict.ScoreOf(verdicts) ?? local.Value!.Score;
            answer = new AiScoreAnswer(score, score, "Verdicts from the deterministic matcher: no language model is configured.", verdicts, []);
        }

        await ProgressAsync(context, "resolve", 80, cancellationToken);
        var resolved = ScoreResolver.Resolve(local.Value!.Score, answer.Score, weights.AiWeight, weights.DisagreementThreshold, answer.EvidenceRejected);
        var now = clock.GetUtcNow().UtcDateTime;
        row.OverallScore = answer.Score;
        row.ModelScore = row.Source == AiScoreSources.Llm ? answer.ModelScore : null;
        row.AiScoreJson = TailoringJson.Serialize(new AiScoreDocument(answer.Score, row.ModelScore, answer.Summary, answer.Verdicts));
        row.Warnings = [.. answer.Warnings];
        row.Status = AiScoreStatuses.Completed;
        row.Error = null;
        row.ErrorCode = null;
        row.CompletedAt = now;
        db.Add(new ScoreResolution
        {
            TenantId = row.TenantId,
            AiScoreId = row.Id,
            CandidateId = row.CandidateId,
            JobPostingId = row.JobPostingId,
            LocalScore = resolved.LocalScore,
            AiScoreValue = resolved.AiScore,
            AiWeight = resolved.AiWeight,
            ResolvedScore = resolved.Score,
            Disagreement = resolved.Disagreement,
            DisagreementThreshold = resolved.Threshold,
            NeedsReview = resolved.NeedsReview,
            ReviewReason = resolved.ReviewReason,
            WeightageVersion = weights.Version,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("AI score {AiScoreId} completed: local {Local}, AI {Ai}, resolved {Resolved}, review {Review}",
            row.Id, resolved.LocalScore, resolved.AiScore, resolved.Score, resolved.NeedsReview);
    }

    private static Task ProgressAsync(PipelineJobContext? context, string step, int percent, CancellationToken cancellationToken) =>
        context?.ReportProgressAsync(step, percent, cancellationToken: cancellationToken) ?? Task.CompletedTask;

    /// <summary>Asks the model, once more if the answer cannot be read; fails the job with the reason when nothing usable comes.</summary>
    private async Task<AiScoreAnswer> AskModelAsync(AiScore row, string resumeText, string jobTitle, IReadOnlyList<JobRequirement> requirements, CancellationToken cancellationToken)
    {
        if (ai.DefaultProvider == AiProviders.BuiltIn)
        {
            throw new PipelineFailure("No language model is configured any more; ask for the AI score again to use the deterministic matcher.", "ai_unavailable");
        }

        using var client = ai.Create();
        var evidence = new EvidenceCheck(resumeText);
        var options = new ChatOptions { Temperature = (float)aiOptions.Value.Temperature, ResponseFormat = ChatResponseFormat.Json };
        string? problem = null;
        try
        {
            for (var attempt = 0; attempt <= UnreadableRetries; attempt++)
            {
                var response = await client.GetResponseAsync(
                    [new ChatMessage(ChatRole.System, AiScorePrompt.System), new ChatMessage(ChatRole.User, AiScorePrompt.User(resumeText, jobTitle, requirements, problem))],
                    options, cancellationToken);
                row.AiRawResponse = response.Text;
                row.AiModel = response.ModelId ?? row.AiModel;
                if (AiScoreParser.TryParse(response.Text, requirements, evidence, out problem) is { } answer)
                {
                    RecordUsage(row, client);
                    return answer;
                }

                logger.LogWarning("AI score {AiScoreId}: answer {Attempt} could not be used ({Problem})", row.Id, attempt + 1, problem);
            }
        }
        catch (AiUnavailableException ex)
        {
            RecordUsage(row, client);
            throw new PipelineFailure($"{ex.Message}. No AI score was stored; the earlier scores are unchanged. Try again later.", "ai_unavailable");
        }

        RecordUsage(row, client);
        var tries = UnreadableRetries + 1;
        throw new PipelineFailure($"The AI answer could not be used ({problem}; {tries} answers). No AI score was stored; the earlier scores are unchanged. The raw answer is kept for audit.", "ai_unreadable");
    }

    private static void RecordUsage(AiScore row, ResilientChatClient client)
    {
        row.AiRequests = client.Requests;
        row.AiRetries = client.Retries;
        row.AiPromptTokens = client.InputTokens;
        row.AiCompletionTokens = client.OutputTokens;
    }

    private async Task FailAsync(AiScore row, PipelineFailure failure, CancellationToken cancellationToken)
    {
        row.Status = AiScoreStatuses.Failed;
        row.Error = failure.Message;
        row.ErrorCode = failure.Code;
        row.CompletedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("AI score {AiScoreId} failed: {Error}", row.Id, failure.Message);
    }
}
