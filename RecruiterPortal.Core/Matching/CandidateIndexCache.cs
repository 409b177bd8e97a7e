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
/// A rebuild reuses the features of every candidate whose resume and profile have not changed, so a
/// new upload costs one candidate's features plus the (cheap) index build, not the whole tenant's.
/// </summary>
public sealed class CandidateIndexCache(MatchFeatureBuilder features, TimeProvider clock)
{
    private const int FetchChunk = 500;

    private readonly ConcurrentDictionary<Guid, TenantCandidates> _byTenant = new();
    private readonly ConcurrentDictionary<Guid, FeatureCache> _features = new();

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

        var built = await BuildAsync(db, tenantId, today, stamp, cancellationToken);
        _byTenant[tenantId] = built;
        return built;
    }

    private async Task<TenantCandidates> BuildAsync(PortalDbContext db, Guid tenantId, DateOnly today, string stamp, CancellationToken cancellationToken)
    {
        var current = await db.Set<Candidate>().AsNoTracking()
            .Where(c => c.CurrentResumeId != null)
            .Select(c => new CandidateVersion(c.Id, c.FullName, c.CurrentResumeId!.Value, c.UpdatedAt))
            .ToListAsync(cancellationToken);

        // Years of experience run to today, so a new day recomputes every candidate once.
        var cache = _features.AddOrUpdate(tenantId, _ => new FeatureCache(today), (_, old) => old.Day == today ? old : new FeatureCache(today));
        var stale = current.Where(c => !cache.Entries.TryGetValue(c.CandidateId, out var known) || known.Version != c).ToList();
        foreach (var chunk in stale.Chunk(FetchChunk))
        {
            var resumeIds = chunk.Select(c => c.ResumeId).ToList();
            var texts = await db.Set<Resume>().AsNoTracking()
                .Where(r => resumeIds.Contains(r.Id))
                .Select(r => new { r.Id, r.ParsedJson, r.RawText })
                .ToDictionaryAsync(r => r.Id, cancellationToken);
            foreach (var candidate in chunk)
            {
                var text = texts.GetValueOrDefault(candidate.ResumeId);
                var parsed = text is null ? null : ParsedResumeJson.Deserialize(text.ParsedJson);
                cache.Entries[candidate.CandidateId] = new CachedFeatures(candidate, parsed is null ? null : features.BuildCandidate(parsed, text!.RawText, today));
            }
        }

        var live = current.Select(c => c.CandidateId).ToHashSet();
        foreach (var gone in cache.Entries.Keys.Where(id => !live.Contains(id)).ToList())
        {
            cache.Entries.TryRemove(gone, out _);
        }

        var usable = current.Select(c => cache.Entries[c.CandidateId]).Where(e => e.Features is not null).ToList();
        var index = CandidateIndex.Build(usable.Select(e => (e.Version.CandidateId, e.Features!)));
        var candidates = usable.ToDictionary(e => e.Version.CandidateId, e => new IndexedCandidate(e.Version.CandidateId, e.Version.FullName, e.Version.ResumeId));
        return new TenantCandidates(index, candidates, stamp);
    }

    private sealed record CandidateVersion(Guid CandidateId, string? FullName, Guid ResumeId, DateTime UpdatedAt);

    private sealed record CachedFeatures(CandidateVersion Version, CandidateFeatures? Features);

    private sealed class FeatureCache(DateOnly day)
    {
        public DateOnly Day { get; } = day;

        public ConcurrentDictionary<Guid, CachedFeatures> Entries { get; } = new();
    }
}
