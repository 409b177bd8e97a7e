using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Tests.Data;

/// <summary>Job postings, versions and recruiter corrections, on SQLite and PostgreSQL alike.</summary>
public abstract class JobPostingDataTests(string provider) : IAsyncLifetime
{
    private MatchingHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await MatchingHarness.CreateAsync(provider);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Creating_a_posting_extracts_its_profile_and_edits_keep_versions_and_corrections()
    {
        await using var scope = _harness.Scope();
        var created = (await scope.Postings.CreateAsync(MatchingHarness.Input("Senior Backend Engineer (Python)", "backend-python"))).Value!;
        Assert.Equal(1, created.Version);
        Assert.Contains("Python", created.Profile.RequiredSkills);
        Assert.Equal(5, created.Profile.MinYearsExperience);
        Assert.Equal("bachelor", created.Profile.EducationLevel);
        Assert.Empty(created.Profile.CorrectedFields);

        var corrected = (await scope.Postings.CorrectExtractionAsync(created.Id, new JobProfileCorrection(RequiredSkills: ["python", "Django", "Kubernetes"], MinYearsExperience: 3))).Value!;
        Assert.Equal(2, corrected.Version);
        Assert.Equal(["Python", "Django", "Kubernetes"], corrected.Profile.RequiredSkills);
        Assert.Equal(3, corrected.Profile.MinYearsExperience);
        Assert.Equal(["required_skills", "min_years_experience"], corrected.Profile.CorrectedFields);

        // A new description is re-extracted, but the recruiter's corrections stay on top of it.
        var edited = (await scope.Postings.UpdateAsync(created.Id, MatchingHarness.Input("Senior Backend Engineer (Python)", "backend-python") with
        {
            Description = MatchingHarness.JobText("backend-python").Replace("Deep knowledge of Python and Django", "Deep knowledge of Python, Django and Redis", StringComparison.Ordinal),
            ApplicationStatus = ApplicationStatuses.Applied,
        })).Value!;
        Assert.Equal(3, edited.Version);
        Assert.Equal(["Python", "Django", "Kubernetes"], edited.Profile.RequiredSkills);
        Assert.Equal(3, edited.Profile.MinYearsExperience);
        Assert.Equal(ApplicationStatuses.Applied, edited.ApplicationStatus);

        var unchanged = (await scope.Postings.UpdateAsync(created.Id, MatchingHarness.Input("Senior Backend Engineer (Python)", "backend-python") with
        {
            Description = MatchingHarness.JobText("backend-python").Replace("Deep knowledge of Python and Django", "Deep knowledge of Python, Django and Redis", StringComparison.Ordinal),
            ApplicationStatus = ApplicationStatuses.Applied,
        })).Value!;
        Assert.Equal(3, unchanged.Version);

        var reset = (await scope.Postings.CorrectExtractionAsync(created.Id, new JobProfileCorrection(Reset: true))).Value!;
        Assert.Equal(4, reset.Version);
        Assert.Empty(reset.Profile.CorrectedFields);
        Assert.Equal(5, reset.Profile.MinYearsExperience);
        Assert.DoesNotContain("Kubernetes", reset.Profile.RequiredSkills);

        var versions = (await scope.Postings.GetVersionsAsync(created.Id))!;
        Assert.Equal([4, 3, 2, 1], versions.Select(v => v.VersionNumber));
        Assert.Equal(3, versions.Single(v => v.VersionNumber == 2).Snapshot!.Profile.MinYearsExperience);
        Assert.Equal(ApplicationStatuses.NotApplied, versions.Single(v => v.VersionNumber == 1).Snapshot!.ApplicationStatus);
        Assert.Equal(4, _harness.Ingestion.Queue.Jobs.Values.Count(j => j.Kind == ScoreJobHandler.JobKind));
    }

    [Fact]
    public async Task Lists_filter_and_page_and_another_tenant_sees_nothing()
    {
        await using var scope = _harness.Scope();
        foreach (var (title, fixture, status) in new[] { ("Python Engineer", "backend-python", JobPostingStatuses.Active), ("ICU Nurse", "nurse-icu", JobPostingStatuses.Active), ("Accountant", "accountant", JobPostingStatuses.Draft) })
        {
            Assert.True((await scope.Postings.CreateAsync(MatchingHarness.Input(title, fixture) with { Status = status })).IsSuccess);
        }

        Assert.Equal(2, (await scope.Postings.ListAsync(new JobPostingQuery(Status: JobPostingStatuses.Active))).Total);
        Assert.Equal(["ICU Nurse"], (await scope.Postings.ListAsync(new JobPostingQuery(Search: "nurse"))).Items.Select(i => i.Title));
        var page2 = await scope.Postings.ListAsync(new JobPostingQuery(Page: 2, PageSize: 2));
        Assert.Equal(3, page2.Total);
        Assert.Single(page2.Items);

        var invalid = await scope.Postings.CreateAsync(new JobPostingInput { Title = "", Description = "x", EmploymentType = "forever" });
        Assert.Equal(JobPostingService.InvalidCode, invalid.Code);

        var id = (await scope.Postings.ListAsync(new JobPostingQuery())).Items[0].Id;
        await using var other = _harness.Scope(await _harness.Ingestion.AddTenantAsync("Other"));
        Assert.Equal(0, (await other.Postings.ListAsync(new JobPostingQuery())).Total);
        Assert.Null(await other.Postings.GetAsync(id));
        Assert.Equal(JobPostingService.NotFoundCode, (await other.Postings.UpdateAsync(id, MatchingHarness.Input("x", "accountant"))).Code);
        Assert.False(await other.Postings.DeleteAsync(id));
        Assert.Null(await other.Postings.GetVersionsAsync(id));
    }

    [Fact]
    public async Task Deleting_a_posting_removes_its_versions_analyses_and_content_rankings()
    {
        await _harness.SeedCandidatesAsync();
        await using var scope = _harness.Scope();
        var job = (await scope.Postings.CreateAsync(MatchingHarness.Input("Python Engineer", "backend-python"))).Value!;
        Assert.True(await scope.Matching.AnalyseAsync(job.Id) > 0);
        var candidateId = await scope.Db.Set<Core.Candidates.Candidate>().Where(c => c.CurrentResumeId != null).Select(c => c.Id).FirstAsync();
        Assert.True((await scope.Rankings.GetOrCreateAsync(candidateId, job.Id)).IsSuccess);

        Assert.True(await scope.Postings.DeleteAsync(job.Id));
        Assert.Equal(0, await scope.Db.Set<JobPostingVersion>().CountAsync());
        Assert.Equal(0, await scope.Db.Set<AnalysisSession>().CountAsync());
        Assert.Equal(0, await scope.Db.Set<ResumeAnalysis>().CountAsync());
        Assert.Equal(0, await scope.Db.Set<ContentRanking>().CountAsync());
    }

    [Fact]
    public async Task Demo_postings_are_seeded_once()
    {
        await using var scope = _harness.Scope();
        var demo = new DemoJobPostings(scope.Db, new JobDescriptionExtractor(Core.Skills.SkillTaxonomy.Default), TimeProvider.System);
        Assert.Equal(5, await demo.SeedAsync(_harness.TenantId, default));
        Assert.Equal(0, await demo.SeedAsync(_harness.TenantId, default));
        var nurse = (await scope.Postings.ListAsync(new JobPostingQuery(Search: "nurse"))).Items.Single();
        Assert.NotEmpty((await scope.Postings.GetAsync(nurse.Id))!.Profile.RequiredSkills);
    }
}

public sealed class SqliteJobPostingDataTests() : JobPostingDataTests(DatabaseOptions.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresJobPostingDataTests() : JobPostingDataTests(DatabaseOptions.Postgres);
