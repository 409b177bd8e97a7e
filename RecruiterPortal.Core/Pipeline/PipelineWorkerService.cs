using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// This instance's workers: <c>Pipeline:Workers</c> loops that claim due jobs of any tenant and run
/// them, within per-kind limits; they wake on the poll interval, on a local enqueue and, on
/// PostgreSQL, on <c>NOTIFY portal_jobs</c> from other instances. Also runs the reclaimer.
/// </summary>
internal sealed class PipelineWorkerService : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly PipelineJobStore _store;
    private readonly PipelineJobRunner _runner;
    private readonly PipelineReclaimer _reclaimer;
    private readonly PipelineWakeSignal _signal;
    private readonly PipelineInstance _instance;
    private readonly PipelineOptions _options;
    private readonly IConfiguration _configuration;
    private readonly ILogger<PipelineWorkerService> _logger;

    // Claims are serialised per instance so the per-kind counts cannot be overshot by two loops at once.
    private readonly SemaphoreSlim _claimGate = new(1, 1);
    private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, Guid TenantId), int> _runningByTenant = [];
    private readonly Dictionary<string, IPipelineTenantLimits> _tenantLimits;

    public PipelineWorkerService(
        IServiceScopeFactory scopes,
        PipelineJobStore store,
        PipelineJobRunner runner,
        PipelineReclaimer reclaimer,
        PipelineWakeSignal signal,
        PipelineInstance instance,
        IOptions<PipelineOptions> options,
        IConfiguration configuration,
        IEnumerable<IPipelineTenantLimits> tenantLimits,
        ILogger<PipelineWorkerService> logger)
    {
        _tenantLimits = tenantLimits.ToDictionary(l => l.Kind, StringComparer.Ordinal);
        _scopes = scopes;
        _store = store;
        _runner = runner;
        _reclaimer = reclaimer;
        _signal = signal;
        _instance = instance;
        _options = options.Value;
        _configuration = configuration;
        _logger = logger;
    }

    public override void Dispose()
    {
        _claimGate.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            _logger.LogInformation("Pipeline workers are disabled on this instance (Pipeline:Enabled=false)");
            return Task.CompletedTask;
        }

        var loops = Enumerable.Range(1, _options.Workers)
            .Select(i => Task.Run(() => WorkAsync($"{_instance.Id}/{i}", stoppingToken), CancellationToken.None))
            .Append(Task.Run(() => ReclaimLoopAsync(stoppingToken), CancellationToken.None))
            .ToList();
        if (IsPostgres())
        {
            var listener = new PostgresListener(
                _configuration.GetConnectionString("Portal")!,
                PipelineWaker.Channel,
                _ => _signal.Signal(),
                _signal.Signal,
                _options.ReconnectDelay,
                _logger);
            loops.Add(Task.Run(() => listener.RunAsync(stoppingToken), CancellationToken.None));
        }

        _logger.LogInformation("Pipeline started {Workers} workers as {Instance}", _options.Workers, _instance.Id);
        return Task.WhenAll(loops);
    }

    private bool IsPostgres() =>
        (_configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions()).IsPostgres;

    private async Task WorkAsync(string workerId, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = _signal.NextAsync;
            PipelineJob? job = null;
            try
            {
                job = await ClaimAsync(workerId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Worker {WorkerId} could not claim a job", workerId);
            }

            if (job is null)
            {
                await Task.WhenAny(wake, Task.Delay(_options.PollInterval, stoppingToken));
                continue;
            }

            try
            {
                await _runner.RunAsync(job, stoppingToken);
            }
            catch (Exception ex)
            {
                // The runner handles the job's own failures; this is the engine failing. Keep serving.
                _logger.LogError(ex, "Worker {WorkerId} failed while running job {JobId}", workerId, job.Id);
            }
            finally
            {
                ReleaseSlot(job);
            }
        }
    }

    private async Task<PipelineJob?> ClaimAsync(string workerId, CancellationToken stoppingToken)
    {
        await _claimGate.WaitAsync(stoppingToken);
        try
        {
            string[] saturated;
            lock (_running)
            {
                saturated = _running.Where(r => r.Value >= _options.LimitFor(r.Key)).Select(r => r.Key).ToArray();
            }

            var fullTenants = await FullTenantsAsync(stoppingToken);
            await using var scope = _scopes.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(stoppingToken);
            var job = await _store.ClaimAsync(db, workerId, saturated, fullTenants, stoppingToken);
            if (job is not null)
            {
                lock (_running)
                {
                    _running[job.Kind] = _running.GetValueOrDefault(job.Kind) + 1;
                    if (_tenantLimits.ContainsKey(job.Kind))
                    {
                        _runningByTenant[(job.Kind, job.TenantId)] = _runningByTenant.GetValueOrDefault((job.Kind, job.TenantId)) + 1;
                    }
                }
            }

            return job;
        }
        finally
        {
            _claimGate.Release();
        }
    }

    /// <summary>The (kind, tenant) pairs running on this instance at the tenant's own limit for that kind.</summary>
    private async Task<List<(string Kind, Guid TenantId)>> FullTenantsAsync(CancellationToken cancellationToken)
    {
        if (_tenantLimits.Count == 0)
        {
            return [];
        }

        KeyValuePair<(string Kind, Guid TenantId), int>[] running;
        lock (_running)
        {
            running = _runningByTenant.Where(r => r.Value > 0).ToArray();
        }

        var full = new List<(string, Guid)>();
        foreach (var ((kind, tenantId), count) in running)
        {
            if (await _tenantLimits[kind].LimitAsync(tenantId, cancellationToken) is { } limit && count >= limit)
            {
                full.Add((kind, tenantId));
            }
        }

        return full;
    }

    private void ReleaseSlot(PipelineJob job)
    {
        bool mayUnblock;
        lock (_running)
        {
            var count = _running.GetValueOrDefault(job.Kind);
            mayUnblock = count >= _options.LimitFor(job.Kind) || _tenantLimits.ContainsKey(job.Kind);
            _running[job.Kind] = Math.Max(0, count - 1);
            if (_runningByTenant.TryGetValue((job.Kind, job.TenantId), out var ofTenant))
            {
                if (ofTenant <= 1)
                {
                    _runningByTenant.Remove((job.Kind, job.TenantId));
                }
                else
                {
                    _runningByTenant[(job.Kind, job.TenantId)] = ofTenant - 1;
                }
            }
        }

        if (mayUnblock)
        {
            // Idle loops may have skipped this kind (or this tenant's jobs of it) while it was full; let them look again.
            _signal.Signal();
        }
    }

    private async Task ReclaimLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.ReclaimInterval);
        try
        {
            do
            {
                try
                {
                    await _reclaimer.ReclaimAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogWarning(ex, "Reclaiming stale pipeline jobs failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
