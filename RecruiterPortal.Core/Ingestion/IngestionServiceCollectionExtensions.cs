using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Storage;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>Registers resume ingestion: storage, uploads, the <c>ingest_resume</c> handler and candidates.</summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddPortalIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section);
        services.AddBlobStore(configuration);
        services.AddDocumentTextExtraction(configuration);

        services.TryAddSingleton(SkillTaxonomy.Default);
        services.TryAddSingleton<IResumeTextParser, TaxonomyResumeTextParser>();
        services.TryAddSingleton<CandidateProfileWriter>();
        services.AddScoped<ResumeUploadService>();
        services.AddScoped<CandidateService>();
        services.AddScoped<UploadBatchReader>();
        services.AddScoped<DemoResumes>();
        services.AddScoped<IngestResumeHandler>();
        services.AddScoped<IPipelineHandler>(sp => sp.GetRequiredService<IngestResumeHandler>());
        return services;
    }

    private static void AddBlobStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? StorageOptions.FileSystem;
        if (string.Equals(provider, StorageOptions.FileSystem, StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IBlobStore, FileSystemBlobStore>();
        }
        else if (string.Equals(provider, StorageOptions.Database, StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IBlobStore, DatabaseBlobStore>();
        }
        else
        {
            throw new PortalStartupException(
                $"Storage:Provider is '{provider}', which the portal does not know. Use 'FileSystem' (the default) or 'Database' (for several instances on one PostgreSQL).");
        }
    }
}
