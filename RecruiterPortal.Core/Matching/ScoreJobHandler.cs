using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Runs a <c>score_job</c>: scores every current resume of the tenant not yet analysed for the
/// posting's current version and weights, and stores the analyses in one save. Cheap to repeat:
/// a second run finds nothing left to do. A deleted posting is not an error.
/// </summary>
public sealed class ScoreJobHandler(MatchingService matching) : IPipelineHandler
{
    public const string JobKind = "score_job";

    public string Kind => JobKind;

    public async Task ExecuteAsync(PipelineJobContext context, CancellationToken cancellationToken)
    {
        var payload = context.GetPayload<ScoreJobPayload>();
        await context.ReportProgressAsync("score", 10, null, cancellationToken);
        var analysed = await matching.AnalyseAsync(payload.JobPostingId, cancellationToken);
        await context.ReportProgressAsync("complete", 100, null, cancellationToken);
        context.SetResult(new { job_posting_id = payload.JobPostingId, analysed = analysed ?? 0, found = analysed is not null });
    }
}
