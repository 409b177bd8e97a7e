using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Keeps each tenant's <see cref="CandidateIndex"/> in memory, rebuilt only when a cheap stamp
/// changes: how many candidates have a current resume, their latest update, and the date (years of
/// experience run to today). Reading the stamp is one small query, so repeated ranking is fast.
/// </summary>
public sealed class CandidateIndexCache(MatchFeatureBuilder features, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, TenantCandidates> _byTenant = new();

    public async Task<TenantCandidates> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var withResume = db.Set<Candidate>().Where(c => c.CurrentResumeId != null);
        var count = await withResume.CountAsync(cancellationToken);
        var latest = count == 0 ? null : await withResume.MaxAsync(c => (DateTime?)c.UpdatedAt, cancellationToken);
        var stamp = FormattableString.Invariant($"{count}|{latest?.Ticks}|{today:yyyy-MM-dd}");
        if (_byTenant.TryGetValue(tenantId, out var cached) && cached.Stamp == stamp)
        {
            return cached;
        }

        var built = await BuildAsync(db, today, stamp, cancellationToken);
        _byTenant[tenantId] = built;
        return built;
    }

    private async Task<TenantCandidates> BuildAsync(PortalDbContext db, DateOnly today, string stamp, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in db.Set<Candidate>().AsNoTracking()
            join r in db.Set<Resume>().AsNoTracking() on c.CurrentResumeId equals r.Id
            select new { c.Id, c.FullName, ResumeId = r.Id, r.ParsedJson, r.RawText })
            .ToListAsync(cancellationToken);

        var entries = new List<(Guid, CandidateFeatures)>(rows.Count);
        var candidates = new Dictionary<Guid, IndexedCandidate>(rows.Count);
        foreach (var row in rows)
        {
            var parsed = ParsedResumeJson.Deserialize(row.ParsedJson);
            if (parsed is null)
            {
                continue;
            }

            entries.Add((row.Id, features.BuildCandidate(parsed, row.RawText, today)));
            candidates[row.Id] = new IndexedCandidate(row.Id, row.FullName, row.ResumeId);
        }

        return new TenantCandidates(CandidateIndex.Build(entries), candidates, stamp);
    }
}
