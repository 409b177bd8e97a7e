using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Asks for an AI score of each demo posting's best-ranked candidate, and of the first posting's
/// top <see cref="Reports.DemoReports.TopN"/> (the demo's saved shortlist), so the match
/// explanation shows verdicts, a resolution and, where the two scores disagree, a review flag.
/// Without a language model the matcher judges them at once, before the shortlist is saved; with
/// one they run on the pipeline when the workers start. Idempotent: a posting that already has an
/// AI score is skipped.
/// </summary>
public sealed class DemoAiScores(PortalDbContext db, TenantContext tenant, AiScoreService scores, AiScoreHandler handler, MatchingService matching)
{
    public async Task<int> SeedAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        tenant.Use(tenantId, role: PortalRoles.Owner);
        var postings = await db.Set<JobPosting>().AsNoTracking()
            .Where(p => !db.Set<AiScore>().Any(s => s.JobPostingId == p.Id))
            .OrderBy(p => p.CreatedAt).Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var firstTitle = DemoJobTexts.All[0].Title;
        var first = await db.Set<JobPosting>().AsNoTracking().Where(p => p.Title == firstTitle).OrderBy(p => p.CreatedAt).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var started = 0;
        foreach (var postingId in postings)
        {
            var top = postingId == first ? Reports.DemoReports.TopN : 1;
            var ranked = await matching.RankAsync(postingId, new RankRequest(top, 0, 0, null), cancellationToken);
            foreach (var candidate in ranked.Value?.Items ?? [])
            {
                if ((await scores.StartAsync(postingId, candidate.CandidateId, cancellationToken)).Value is not { } view)
                {
                    continue;
                }

                started++;
                var row = await db.Set<AiScore>().SingleAsync(s => s.Id == view.Id, cancellationToken);
                if (row.Source == AiScoreSources.Matcher)
                {
                    await handler.ScoreWithMatcherNowAsync(row, cancellationToken);
                }
            }
        }

        return started;
    }
}
