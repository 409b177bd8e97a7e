using Microsoft.AspNetCore.DataProtection;
using RecruiterPortal.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Ingestion;

/// <summary>
/// Ingestion services over a real database, a temp blob folder and the real extractor, with a
/// recording queue and a synchronous runner in place of the pipeline engine.
/// </summary>
internal sealed class IngestionHarness : IAsyncDisposable
{
    private readonly TempFolder _blobs = new("rp-blobs");
    private readonly ServiceProvider _services;

    private IngestionHarness(TestDatabase database, Action<UploadOptions>? configureUploads)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new PortalPaths(_blobs.Path));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped(sp => database.CreateContext(sp.GetRequiredService<ITenantContext>()));
        services.AddScoped(sp => database.Factory(sp.GetRequiredService<ITenantContext>()));
        services.AddScoped<AuditLog>();
        services.AddDataProtection();
        services.AddOptions<Core.Ai.AiOptions>();
        services.AddScoped<Core.Settings.TenantSettingsService>();
        services.AddOptions<StorageOptions>();
        services.AddOptions<UploadOptions>().Configure(o => configureUploads?.Invoke(o));
        services.AddScoped<IBlobStore, FileSystemBlobStore>();
        services.AddDocumentTextExtraction(new ConfigurationBuilder().Build());
        services.AddSingleton(SkillTaxonomy.Default);
        services.AddSingleton(Parser);
        services.AddSingleton<IResumeTextParser>(Parser);
        services.AddSingleton<CandidateProfileWriter>();
        services.AddSingleton(Queue);
        services.AddSingleton<IPipelineQueue>(Queue);
        services.AddScoped<ResumeUploadService>();
        services.AddScoped<CandidateService>();
        services.AddScoped<IngestResumeHandler>();
        services.AddScoped<DemoResumes>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public TestDatabase Database { get; }

    public CountingResumeParser Parser { get; } = new();

    public RecordingPipelineQueue Queue { get; } = new();

    public Guid TenantId { get; private set; }

    public static async Task<IngestionHarness> CreateAsync(string provider = DatabaseOptions.Sqlite, Action<UploadOptions>? configureUploads = null)
    {
        var harness = new IngestionHarness(TestDatabase.Create(provider), configureUploads);
        await harness.Database.MigrateAsync();
        harness.TenantId = await harness.AddTenantAsync("Alpha");
        return harness;
    }

    public async Task<Guid> AddTenantAsync(string name)
    {
        await using var db = Database.CreateContext();
        var tenant = new Tenant { Name = name, Slug = TenantSlug.From(name) + "-" + Guid.NewGuid().ToString("N")[..6] };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        return tenant.Id;
    }

    /// <summary>A scope acting for a tenant (the harness's own by default).</summary>
    public AsyncServiceScope Scope(Guid? tenantId = null)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId ?? TenantId, Guid.NewGuid(), PortalRoles.Recruiter);
        return scope;
    }

    public async Task<UploadBatchResult> UploadAsync(params ResumeUploadFile[] files)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<ResumeUploadService>().UploadAsync(files);
    }

    /// <summary>Runs a queued job in a fresh scope, as a worker would.</summary>
    public async Task<TestPipelineJobContext> RunAsync(Guid jobId, Dictionary<string, string>? checkpoints = null, string? crashAfter = null)
    {
        var request = Queue.Jobs[jobId];
        await using var scope = Scope(request.TenantId);
        var context = new TestPipelineJobContext(request, scope.ServiceProvider, checkpoints ?? [], checkpoints is null ? 1 : 2) { CrashAfterCheckpoint = crashAfter };
        await scope.ServiceProvider.GetRequiredService<IngestResumeHandler>().ExecuteAsync(context, CancellationToken.None);
        return context;
    }

    /// <summary>Uploads one file and runs its job; returns the job's context.</summary>
    public async Task<TestPipelineJobContext> IngestAsync(string fileName, byte[] content)
    {
        var item = (await UploadAsync(ResumeUploadFile.FromBytes(fileName, content))).Items.Single();
        Assert.True(item.JobId is not null, $"{fileName} was not queued: {item.Error}");
        return await RunAsync(item.JobId!.Value);
    }

    public PortalDbContext Db(Guid? tenantId = null)
    {
        var tenant = new TenantContext();
        tenant.Use(tenantId ?? TenantId);
        return Database.CreateContext(tenant);
    }

    public async Task<List<Candidate>> CandidatesAsync()
    {
        await using var db = Db();
        return await db.Set<Candidate>().Include(c => c.Experience).Include(c => c.Skills).Include(c => c.Education).ToListAsync();
    }

    public async Task<Resume> ResumeAsync(Guid resumeId)
    {
        await using var db = Db();
        return await db.Set<Resume>().SingleAsync(r => r.Id == resumeId);
    }

    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Database.Dispose();
        _blobs.Dispose();
    }
}
