using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RecruiterPortal.Core.Extraction;

/// <summary>Registers document text extraction with options bound from the <c>Extraction</c> section.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddDocumentTextExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExtractionOptions>().Bind(configuration.GetSection(ExtractionOptions.SectionName));
        services.AddSingleton<IProcessRunner, ProcessRunner>();
        services.AddSingleton<IDocumentTextExtractor, DocumentTextExtractor>();
        return services;
    }
}
