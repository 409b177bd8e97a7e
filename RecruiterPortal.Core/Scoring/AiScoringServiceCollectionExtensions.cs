using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Scoring;

/// <summary>Registers AI scores, score resolution and the <c>ai_score</c> handler.</summary>
public static class AiScoringServiceCollectionExtensions
{
    public static IServiceCollection AddPortalAiScoring(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new MatcherVerdicts(sp.GetRequiredService<SkillTaxonomy>()));
        services.AddScoped<AiScoreService>();
        services.AddScoped<DemoAiScores>();
        services.AddPipelineHandler<AiScoreHandler>();
        services.AddScoped<AiScoreHandler>();
        return services;
    }
}
