using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Provisioning;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>The demo tenant starts with five postings that rank the demo candidates sensibly.</summary>
public sealed class JobPostingDemoTests
{
    [Fact]
    public async Task The_demo_tenant_gets_five_postings_and_its_nurse_job_ranks_a_nurse_first()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        _ = portal.Server;
        await using var scope = portal.Services.CreateAsyncScope();
        var name = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.TenantName;
        var tenantId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Tenants.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);

        var postings = await scope.ServiceProvider.GetRequiredService<JobPostingService>().ListAsync(new JobPostingQuery());
        Assert.Equal(5, postings.Total);
        var nurseJob = postings.Items.Single(p => p.Title.Contains("Nurse", StringComparison.Ordinal));
        var ranking = (await scope.ServiceProvider.GetRequiredService<MatchingService>().RankAsync(nurseJob.Id, new RankRequest(Top: 3))).Value!;
        Assert.Equal("Daniel Okafor", ranking.Items[0].CandidateName);

        // Each demo posting's best candidate has an AI score, and so do the first posting's top five (the
        // demo shortlist); without a language model the matcher completed them during seeding.
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var scored = await db.Set<RecruiterPortal.Core.Scoring.AiScore>().Where(s => s.JobPostingId == nurseJob.Id).SingleAsync();
        Assert.Equal(ranking.Items[0].CandidateId, scored.CandidateId);
        var all = await db.Set<RecruiterPortal.Core.Scoring.AiScore>().ToListAsync();
        Assert.Equal(4 + RecruiterPortal.Core.Reports.DemoReports.TopN, all.Count);
        Assert.All(all, s => Assert.Equal(RecruiterPortal.Core.Scoring.AiScoreStatuses.Completed, s.Status));
        var overview = await scope.ServiceProvider.GetRequiredService<RecruiterPortal.Core.Scoring.AiScoreService>().GetAsync(nurseJob.Id, scored.CandidateId);
        Assert.NotEmpty(overview.Value!.MatcherVerdicts);
    }
}
