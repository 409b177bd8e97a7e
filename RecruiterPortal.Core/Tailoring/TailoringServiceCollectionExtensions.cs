using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>Registers what tailoring offers so far: the guard against fabrication.</summary>
public static class TailoringServiceCollectionExtensions
{
    public static IServiceCollection AddPortalTailoring(this IServiceCollection services)
    {
        services.TryAddSingleton(SkillTaxonomy.Default);
        services.TryAddSingleton(sp => new TailoringGuard(sp.GetRequiredService<SkillTaxonomy>()));
        return services;
    }
}
