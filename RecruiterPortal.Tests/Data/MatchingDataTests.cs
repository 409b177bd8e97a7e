using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Tests.Data;

/// <summary>Ranking, single matches, analysis history, weights and content rankings on SQLite and PostgreSQL alike.</summary>
public abstract class MatchingDataTests(string provider) : IAsyncLifetime
{
    private MatchingHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await MatchingHarness.CreateAsync(provider);
        await _harness.SeedCandidatesAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_python_job_ranks_python_engineers_above_nurses_and_a_single_match_agrees_with_the_ranking()
    {
        await using var scope = _harness.Scope();
        var job = (await scope.Postings.CreateAsync(MatchingHarness.Input("Senior Backend Engineer (Python)", "backend-python"))).Value!;

        var page = (await scope.Matching.RankAsync(job.Id, new RankRequest(Top: 50))).Value!;
        Assert.Equal(page.Total, page.Histogram.Sum());
        Assert.Equal(page.Items.OrderByDescending(i => i.Score).Select(i => i.Score), page.Items.Select(i => i.Score));
        Assert.Equal(Enumerable.Range(1, page.Items.Count), page.Items.Select(i => i.Rank));
        int RankOf(string name) => page.Items.Where(i => i.CandidateName == name).Min(i => i.Rank);
        Assert.True(RankOf("Sofia Rossi") < RankOf("María José Álvarez"));
        Assert.True(RankOf("Sofia Rossi") < RankOf("Grace Thompson"));
        Assert.True(RankOf("Aisha Khan") < RankOf("Grace Thompson"));
        Assert.Contains("Python", page.Items.Single(i => i.CandidateName == "Sofia Rossi").MatchedSkills);
        Assert.True(page.PendingCount > 0);

        var sofia = page.Items.Single(i => i.CandidateName == "Sofia Rossi");
        var match = (await scope.Matching.ScoreAsync(sofia.CandidateId, job.Id)).Value!;
        Assert.Equal(sofia.Score, match.Score);
        Assert.Equal("Sofia Rossi", match.CandidateName);
        Assert.False(string.IsNullOrWhiteSpace(match.Explanation));
        Assert.Contains(match.SkillComparison, c => c.Skill == "Python" && c.Status == "matched" && c.ResumeMentions > 0 && c.JobMentions > 0);
        Assert.NotNull(match.Components.RequiredSkills);

        var filtered = (await scope.Matching.RankAsync(job.Id, new RankRequest(Top: 2, Skip: 1, MinScore: 0.3, MustHaveSkills: ["python"]))).Value!;
        Assert.All(filtered.Items, i => Assert.True(i.Score >= 0.3));
        Assert.True(filtered.Items.Count <= 2);
        Assert.All(filtered.Items, i => Assert.Contains("Python", i.MatchedSkills));

        var bestForSofia = (await scope.Matching.BestJobsForCandidateAsync(sofia.CandidateId, 5)).Value!;
        Assert.Equal(job.Id, Assert.Single(bestForSofia).JobPostingId);
    }

    [Fact]
    public async Task Analyses_fill_the_history_and_the_unanalysed_query_follows_versions_and_weights()
    {
        await using var scope = _harness.Scope();
        var job = (await scope.Postings.CreateAsync(MatchingHarness.Input("Python Engineer", "backend-python"))).Value!;
        var current = await scope.Db.Set<Candidate>().CountAsync(c => c.CurrentResumeId != null);
        Assert.Equal(current, (await scope.Matching.UnanalysedResumeIdsAsync(job.Id))!.Count);

        Assert.Equal(current, await scope.Matching.AnalyseAsync(job.Id));
        Assert.Empty((await scope.Matching.UnanalysedResumeIdsAsync(job.Id))!);
        Assert.Equal(0, await scope.Matching.AnalyseAsync(job.Id));
        Assert.Equal(0, (await scope.Matching.RankAsync(job.Id, new RankRequest())).Value!.PendingCount);

        // Stored scores are the ones the ranking shows.
        var page = (await scope.Matching.RankAsync(job.Id, new RankRequest(Top: 100))).Value!;
        var stored = await scope.Db.Set<ResumeAnalysis>().AsNoTracking().ToListAsync();
        Assert.All(page.Items, i => Assert.Equal(i.Score, stored.Single(a => a.CandidateId == i.CandidateId).Score));
        Assert.All(stored, a => Assert.False(string.IsNullOrWhiteSpace(a.Explanation)));
        var session = await scope.Db.Set<AnalysisSession>().SingleAsync();
        Assert.Equal((job.Id, 1, AnalysisSessionStatuses.Completed), (session.JobPostingId!.Value, session.JobVersion, session.Status));

        await scope.Postings.CorrectExtractionAsync(job.Id, new JobProfileCorrection(PreferredSkills: ["Kubernetes"]));
        Assert.Equal(current, (await scope.Matching.UnanalysedResumeIdsAsync(job.Id))!.Count);
        Assert.Equal(current, await scope.Matching.AnalyseAsync(job.Id));

        var weights = (await scope.Matching.UpdateWeightageAsync(new WeightageView(1, 1, 1, 1, 1, 1))).Value!;
        Assert.Equal(1, weights.Version);
        Assert.False(weights.IsDefault);
        Assert.Equal(current, (await scope.Matching.UnanalysedResumeIdsAsync(job.Id))!.Count);
        Assert.Equal(MatchingService.InvalidCode, (await scope.Matching.UpdateWeightageAsync(new WeightageView(0, 0, 0, 0, 0, 0))).Code);
        Assert.Equal(MatchingService.InvalidCode, (await scope.Matching.UpdateWeightageAsync(new WeightageView(-1, 1, 1, 1, 1, 1))).Code);
        Assert.Equal(weights, await scope.Matching.GetWeightageAsync());
    }

    [Fact]
    public async Task Content_rankings_are_created_once_and_keep_a_recruiters_order()
    {
        await using var scope = _harness.Scope();
        var job = (await scope.Postings.CreateAsync(MatchingHarness.Input("Python Engineer", "backend-python"))).Value!;
        var sofia = await scope.Db.Set<Candidate>().SingleAsync(c => c.FullName == "Sofia Rossi");

        var first = (await scope.Rankings.GetOrCreateAsync(sofia.Id, job.Id)).Value!;
        Assert.NotEmpty(first.Experiences);
        Assert.NotEmpty(first.Skills);
        Assert.False(first.UserModified);
        Assert.Equal(first.Skills.OrderByDescending(s => s.RelevanceScore).ThenBy(s => s.Index).Select(s => s.Index), first.Skills.Select(s => s.Index));

        var reversed = first.Skills.Select(s => s.Index).Reverse().ToList();
        var saved = (await scope.Rankings.SaveOrderAsync(sofia.Id, job.Id, new ContentOrder(Skills: reversed))).Value!;
        Assert.True(saved.UserModified);
        Assert.Equal(reversed, saved.Skills.Select(s => s.Index));

        // A new posting version would normally re-rank; the recruiter's order wins.
        await scope.Postings.CorrectExtractionAsync(job.Id, new JobProfileCorrection(MinYearsExperience: 2));
        Assert.Equal(reversed, (await scope.Rankings.GetOrCreateAsync(sofia.Id, job.Id)).Value!.Skills.Select(s => s.Index));
        Assert.Equal(1, await scope.Db.Set<ContentRanking>().CountAsync());

        Assert.Equal(ContentRankingService.InvalidCode, (await scope.Rankings.SaveOrderAsync(sofia.Id, job.Id, new ContentOrder(Skills: [0, 0]))).Code);
        await using var other = _harness.Scope(await _harness.Ingestion.AddTenantAsync("Other"));
        Assert.Equal(ContentRankingService.NotFoundCode, (await other.Rankings.GetOrCreateAsync(sofia.Id, job.Id)).Code);
        Assert.Equal(MatchingService.NotFoundCode, (await other.Matching.ScoreAsync(sofia.Id, job.Id)).Code);
        Assert.Equal(MatchingService.NotFoundCode, (await other.Matching.RankAsync(job.Id, new RankRequest())).Code);
        Assert.Null(await other.Matching.UnanalysedResumeIdsAsync(job.Id));
    }

    /// <summary>Names and scores of a ranking, for comparing engines (ids differ between databases).</summary>
    internal static async Task<List<(string? Name, double Score)>> RankingOfAsync(MatchingHarness harness, string title, string fixture)
    {
        await using var scope = harness.Scope();
        var job = (await scope.Postings.CreateAsync(MatchingHarness.Input(title, fixture))).Value!;
        var page = (await scope.Matching.RankAsync(job.Id, new RankRequest(Top: 100))).Value!;
        return page.Items.Select(i => (i.CandidateName, i.Score)).OrderBy(x => x.CandidateName, StringComparer.Ordinal).ThenBy(x => x.Score).ToList();
    }
}

public sealed class SqliteMatchingDataTests() : MatchingDataTests(DatabaseOptions.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresMatchingDataTests() : MatchingDataTests(DatabaseOptions.Postgres)
{
    [Fact]
    public async Task The_same_candidates_and_job_score_identically_on_SQLite_and_PostgreSQL()
    {
        await using var sqlite = await MatchingHarness.CreateAsync(DatabaseOptions.Sqlite);
        await sqlite.SeedCandidatesAsync();
        await using var postgres = await MatchingHarness.CreateAsync(DatabaseOptions.Postgres);
        await postgres.SeedCandidatesAsync();

        foreach (var (title, fixture) in new[] { ("Senior Backend Engineer (Python)", "backend-python"), ("ICU Nurse", "nurse-icu"), ("Accountant", "accountant") })
        {
            var onSqlite = await RankingOfAsync(sqlite, title, fixture);
            var onPostgres = await RankingOfAsync(postgres, title, fixture);
            Assert.NotEmpty(onSqlite);
            Assert.Equal(onSqlite, onPostgres);
        }
    }
}
