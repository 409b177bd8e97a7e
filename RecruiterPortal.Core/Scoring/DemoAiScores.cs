using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Asks for an AI score of each demo posting's best-ranked candidate, so the match explanation of
/// the demo shows verdicts, a resolution and, where the two scores disagree, a review flag. The
/// jobs run when the workers start (with the matcher unless a language model is configured).
/// Idempotent: a posting that already has an AI score is skipped.
/// </summary>
public sealed class DemoAiScores(PortalDbContext db, TenantContext tenant, AiScoreService scores, MatchingService matching)
{
    public async Task<int> SeedAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        tenant.Use(tenantId, role: PortalRoles.Owner);
        var postings = await db.Set<JobPosting>().AsNoTracking()
            .Where(p => !db.Set<AiScore>().Any(s => s.JobPostingId == p.Id))
            .OrderBy(p => p.CreatedAt).Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var started = 0;
        foreach (var postingId in postings)
        {
            var ranked = await matching.RankAsync(postingId, new RankRequest(1, 0, 0, null), cancellationToken);
            if (ranked.Value?.Items.FirstOrDefault() is { } best && (await scores.StartAsync(postingId, best.CandidateId, cancellationToken)).IsSuccess)
            {
                started++;
            }
        }

        return started;
    }
}
