using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Matching;

/// <summary>Registers job postings, matching, content rankings and the <c>score_job</c> handler.</summary>
public static class MatchingServiceCollectionExtensions
{
    public static IServiceCollection AddPortalMatching(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.TryAddSingleton(SkillTaxonomy.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new JobDescriptionExtractor(sp.GetRequiredService<SkillTaxonomy>()));
        services.TryAddSingleton(sp => new MatchFeatureBuilder(sp.GetRequiredService<SkillTaxonomy>()));
        services.TryAddSingleton(sp => new MatchScorer(sp.GetRequiredService<SkillTaxonomy>()));
        services.TryAddSingleton(sp => new ContentRanker(sp.GetRequiredService<SkillTaxonomy>()));
        services.TryAddSingleton<CandidateIndexCache>();
        services.AddHostedService<CandidateIndexWarmer>();
        services.AddScoped<ScoreJobScheduler>();
        services.AddScoped<JobPostingService>();
        services.AddScoped<MatchingService>();
        services.AddScoped<ContentRankingService>();
        services.AddScoped<DemoJobPostings>();
        services.AddPipelineHandler<ScoreJobHandler>();
        return services;
    }
}
