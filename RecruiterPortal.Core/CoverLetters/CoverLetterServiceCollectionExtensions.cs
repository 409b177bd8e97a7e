using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>Registers writing samples, the style extractor and the cover-letter guard; letters themselves run on the tailoring pipeline.</summary>
public static class CoverLetterServiceCollectionExtensions
{
    public static IServiceCollection AddPortalCoverLetters(this IServiceCollection services)
    {
        services.TryAddSingleton(SkillTaxonomy.Default);
        services.TryAddSingleton(sp => new WritingStyleExtractor(sp.GetRequiredService<SkillTaxonomy>()));
        services.TryAddSingleton(sp => new CoverLetterGuard(sp.GetRequiredService<SkillTaxonomy>()));
        services.AddScoped<WritingSampleService>();
        services.AddScoped<DemoWritingSamples>();
        return services;
    }
}
