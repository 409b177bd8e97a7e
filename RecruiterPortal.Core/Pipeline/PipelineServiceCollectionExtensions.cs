using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>Registers the work engine, its control API and the progress notifier.</summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPortalPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>();

        services.AddSingleton<PipelineInstance>();
        services.AddSingleton<PipelineWakeSignal>();
        services.AddSingleton<PipelineWaker>();
        services.AddSingleton<PipelineJobStore>();
        services.AddSingleton<PipelineJobRunner>();
        services.AddSingleton<PipelineReclaimer>();
        services.AddScoped<IPipelineQueue, PipelineQueue>();
        services.AddScoped<PipelineJobs>();
        services.AddScoped<IPipelineJobReader, PipelineJobReader>();
        services.AddHostedService<PipelineWorkerService>();

        services.AddSingleton<ProgressNotifier>();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.IsPostgres)
        {
            // Other instances' events arrive through PostgreSQL; the bridge wraps the local notifier.
            services.AddSingleton<PostgresProgressBridge>();
            services.AddSingleton<IProgressNotifier>(sp => sp.GetRequiredService<PostgresProgressBridge>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresProgressBridge>());
        }
        else
        {
            services.AddSingleton<IProgressNotifier>(sp => sp.GetRequiredService<ProgressNotifier>());
        }

        return services;
    }

    /// <summary>Registers a handler (scoped, resolved per job in the job's tenant scope).</summary>
    public static IServiceCollection AddPipelineHandler<THandler>(this IServiceCollection services)
        where THandler : class, IPipelineHandler
    {
        services.AddScoped<IPipelineHandler, THandler>();
        return services;
    }
}
