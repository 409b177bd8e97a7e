using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Data;

/// <summary>
/// One "app instance" of the engine: the portal's real Core services on a test database, with the
/// test handlers, fast timings, and hosted services started on demand. Two hosts on the same
/// database behave like two instances.
/// </summary>
public sealed class PipelineTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly TempFolder _folder;
    private readonly List<IHostedService> _started = [];

    private PipelineTestHost(ServiceProvider provider, TempFolder folder)
    {
        _provider = provider;
        _folder = folder;
    }

    public IServiceProvider Services => _provider;

    /// <summary>Builds an instance and brings the database to the model (real migrations).</summary>
    public static async Task<PipelineTestHost> CreateAsync(TestDatabase database, PipelineProbe probe, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(database.Settings)
        {
            ["Pipeline:Workers"] = "4",
            ["Pipeline:PollInterval"] = "00:00:00.050",
            ["Pipeline:HeartbeatInterval"] = "00:00:00.200",
            // Generous, so a loaded test machine never takes a healthy job away.
            ["Pipeline:LeaseTimeout"] = "00:00:20",
            ["Pipeline:ReclaimInterval"] = "00:00:00.200",
            ["Pipeline:RetryBaseDelay"] = "00:00:00.010",
            ["Pipeline:RetryMaxDelay"] = "00:00:00.100",
            ["Pipeline:ReconnectDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var folder = new TempFolder("rp-pipeline");
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDataProtection();
        services.AddPortalCore(configuration, folder.Path);
        services.AddSingleton(probe);
        services.AddScoped<IPipelineHandler>(sp => new PipelineTestHandler(PipelineTestHandler.DefaultKind, probe, sp.GetRequiredService<ITenantContext>()));
        services.AddScoped<IPipelineHandler>(sp => new PipelineTestHandler("limited", probe, sp.GetRequiredService<ITenantContext>()));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return new PipelineTestHost(provider, folder);
    }

    /// <summary>Starts the workers, the reclaimer and (on PostgreSQL) the progress bridge.</summary>
    public async Task StartAsync()
    {
        foreach (var service in _provider.GetServices<IHostedService>().Except(_started).ToList())
        {
            await service.StartAsync(CancellationToken.None);
            _started.Add(service);
        }
    }

    public async Task<Guid> CreateTenantAsync(string name)
    {
        await using var scope = _provider.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var tenant = new Tenant { Name = name, Slug = $"{TenantSlug.From(name)}-{Guid.NewGuid():N}"[..40] };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        return tenant.Id;
    }

    public async Task<Guid> EnqueueAsync(Guid tenantId, PipelineScript script, Guid? correlationId = null, int maxAttempts = 3, string kind = PipelineTestHandler.DefaultKind)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPipelineQueue>()
            .EnqueueAsync(new PipelineJobRequest(tenantId, kind, script, correlationId, MaxAttempts: maxAttempts));
    }

    /// <summary>Runs <paramref name="action"/> with the control API of one tenant.</summary>
    public async Task<T> AsTenantAsync<T>(Guid tenantId, Func<PipelineJobs, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return await action(scope.ServiceProvider.GetRequiredService<PipelineJobs>());
    }

    public Task<PipelineJob?> GetAsync(Guid tenantId, Guid jobId) => AsTenantAsync(tenantId, jobs => jobs.GetAsync(jobId));

    /// <summary>Waits until the job satisfies <paramref name="condition"/>; fails with its last state after the timeout.</summary>
    public async Task<PipelineJob> WaitForAsync(Guid tenantId, Guid jobId, Func<PipelineJob, bool> condition, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        PipelineJob? job;
        do
        {
            job = await GetAsync(tenantId, jobId);
            if (job is not null && condition(job))
            {
                return job;
            }

            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Job {jobId} did not reach the expected state; it is {job?.Status} (attempts {job?.Attempts}, error {job?.Error}).");
    }

    public Task<PipelineJob> WaitForStatusAsync(Guid tenantId, Guid jobId, string status, int timeoutSeconds = 20) =>
        WaitForAsync(tenantId, jobId, j => j.Status == status, timeoutSeconds);

    public async ValueTask DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_started))
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}
