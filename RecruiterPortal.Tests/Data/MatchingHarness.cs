using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Unit.Ingestion;

namespace RecruiterPortal.Tests.Data;

/// <summary>
/// Job posting and matching services over a real database, with resumes ingested by the real
/// ingestion handler (<see cref="IngestionHarness"/>) and a recording queue in place of workers.
/// </summary>
internal sealed class MatchingHarness : IAsyncDisposable
{
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.Default;
    private readonly CandidateIndexCache _cache = new(new MatchFeatureBuilder(Taxonomy), TimeProvider.System);
    private readonly ServiceProvider _extraction = new ServiceCollection()
        .AddDocumentTextExtraction(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
        .AddLogging()
        .BuildServiceProvider();

    private MatchingHarness(IngestionHarness ingestion) => Ingestion = ingestion;

    public IngestionHarness Ingestion { get; }

    public Guid TenantId => Ingestion.TenantId;

    public static async Task<MatchingHarness> CreateAsync(string provider) => new(await IngestionHarness.CreateAsync(provider));

    /// <summary>Services acting for a tenant (the harness's own by default) as a recruiter.</summary>
    public MatchingScope Scope(Guid? tenantId = null)
    {
        var tenant = new TenantContext();
        // An Admin: the harness also changes the scoring weights.
        tenant.Use(tenantId ?? TenantId, Guid.NewGuid(), PortalRoles.Admin);
        var db = Ingestion.Database.CreateContext(tenant);
        var clock = TimeProvider.System;
        var scheduler = new ScoreJobScheduler(db, Ingestion.Queue);
        var features = new MatchFeatureBuilder(Taxonomy);
        return new MatchingScope(
            db,
            new JobPostingService(db, tenant, new JobDescriptionExtractor(Taxonomy), Taxonomy, _extraction.GetRequiredService<IDocumentTextExtractor>(), scheduler, new AuditLog(Ingestion.Database.Factory(tenant), tenant, clock), clock),
            new MatchingService(db, tenant, _cache, features, new MatchScorer(Taxonomy), Taxonomy, scheduler, clock),
            new ContentRankingService(db, new ContentRanker(Taxonomy), tenant, clock));
    }

    /// <summary>The demo resumes plus a few fixture files through the real ingestion handler.</summary>
    public async Task SeedCandidatesAsync()
    {
        await using (var scope = Ingestion.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(TenantId, default);
        }

        foreach (var name in new[] { "18_python_backend_pdf_lo.pdf", "02_nurse_docx.docx", "33_icu_nurse_pdf_text.pdf" })
        {
            await Ingestion.IngestAsync(name, IngestionHarness.Fixture("Resumes/" + name));
        }
    }

    public static string JobText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Jobs", name + ".txt"));

    public static JobPostingInput Input(string title, string jobFixture) =>
        new() { Title = title, Company = "Ledgerly", Location = "Berlin", Description = JobText(jobFixture) };

    public async ValueTask DisposeAsync()
    {
        await _extraction.DisposeAsync();
        await Ingestion.DisposeAsync();
    }
}
