using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Provisioning;
using RecruiterPortal.Core.Reports;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>The demo tenant starts with one saved shortlist, made by its Recruiter with AI scores in every row, and seeding again adds no second one.</summary>
public sealed class ReportDemoTests
{
    [Fact]
    public async Task The_demo_tenant_has_one_shortlist_of_five_for_its_first_posting()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        _ = portal.Server;
        await using var scope = portal.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        var tenantId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Tenants.Where(t => t.Name == options.TenantName).Select(t => t.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        var reports = scope.ServiceProvider.GetRequiredService<ShortlistReportService>();

        var list = await reports.ListAsync();
        var summary = Assert.Single(list);
        Assert.Equal(DemoJobTexts.All[0].Title, summary.JobTitle);
        Assert.Equal(DemoReports.TopN, summary.RowCount);
        Assert.EndsWith("Recruiter", summary.CreatedBy, StringComparison.Ordinal);
        var report = (await reports.GetAsync(summary.Id))!;
        Assert.Equal(Enumerable.Range(1, DemoReports.TopN), report.Rows.Select(r => r.Rank));
        Assert.All(report.Rows, r => Assert.NotEmpty(r.Verdicts));

        // Without a language model the matcher judged the five before the shortlist was saved: every row has its AI score.
        Assert.All(report.Rows, r => Assert.NotNull(r.AiScore));
        Assert.All(report.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.AiVerdictSummary)));

        Assert.False(await scope.ServiceProvider.GetRequiredService<DemoReports>().SeedAsync(tenantId, CancellationToken.None));
        Assert.Single(await reports.ListAsync());
    }
}
