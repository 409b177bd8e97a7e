using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>Registers what tailoring offers: the guard against fabrication, the tailoring service and its pipeline handler.</summary>
public static class TailoringServiceCollectionExtensions
{
    public static IServiceCollection AddPortalTailoring(this IServiceCollection services)
    {
        services.TryAddSingleton(SkillTaxonomy.Default);
        services.TryAddSingleton(sp => new TailoringGuard(sp.GetRequiredService<SkillTaxonomy>()));
        services.AddScoped<TailoringService>();
        services.AddScoped<TailoringReviewService>();
        services.AddPipelineHandler<TailorResumeHandler>();
        return services;
    }
}
