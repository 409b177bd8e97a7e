using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RecruiterPortal.Core.Ai;

/// <summary>Registers the language-model settings (checked at start-up), the shared request limiter and the client factory.</summary>
public static class AiServiceCollectionExtensions
{
    public static IServiceCollection AddPortalAi(this IServiceCollection services)
    {
        services.AddOptions<AiOptions>().BindConfiguration(AiOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiOptions>, AiOptionsValidator>();
        services.AddSingleton(sp => new AiRequestLimiter(
            sp.GetRequiredService<IOptions<AiOptions>>().Value.MaxRequestsPerMinute, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TenantAiLimiters>();
        services.AddScoped<Settings.TenantSettingsService>();
        services.AddScoped<IAiChatClientFactory, AiChatClientFactory>();
        return services;
    }
}
