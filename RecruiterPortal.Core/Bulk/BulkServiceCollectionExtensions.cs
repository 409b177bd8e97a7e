using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.Bulk;

/// <summary>Registers bulk tailoring: sessions, their shared live view, export formats, and the tailoring concurrency.</summary>
public static class BulkServiceCollectionExtensions
{
    public static IServiceCollection AddPortalBulk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BulkOptions>().BindConfiguration(BulkOptions.Section);
        services.AddOptions<PipelineOptions>().PostConfigure(pipeline =>
        {
            // Bulk:MaxConcurrency bounds tailorings per instance unless the pipeline's own per-kind limit is set.
            var bulk = configuration.GetSection(BulkOptions.Section).Get<BulkOptions>() ?? new BulkOptions();
            pipeline.KindConcurrency.TryAdd(TailorResumeHandler.JobKind, Math.Max(1, bulk.MaxConcurrency));
        });
        services.AddScoped<TailorSessionService>();
        services.AddSingleton<TailorSessionWatchers>();
        services.AddSingleton<IPipelineTenantLimits, TenantTailoringLimits>();
        return services;
    }
}
