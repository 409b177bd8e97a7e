using RecruiterPortal.Core.Settings;

namespace RecruiterPortal.Core.Ai;

/// <summary>
/// Builds clients for the current tenant's provider: the one in its settings when it has set one,
/// else the one configured under <c>Ai</c>. The process's request limiter is shared by every
/// client, which is what keeps bulk runs under the provider's limit; a tenant that set a lower
/// rate also waits on a limiter of its own.
/// </summary>
public sealed class AiChatClientFactory(TenantSettingsService settings, AiRequestLimiter limiter, TenantAiLimiters tenantLimiters, Tenancy.ITenantContext tenant, TimeProvider clock) : IAiChatClientFactory
{
    private AiOptions Options => settings.Effective().Ai;

    public string DefaultProvider => AiProviders.Normalize(Options.Provider) ?? AiProviders.BuiltIn;

    public string? DefaultModel => Options.IsLlmConfigured ? Options.EffectiveModel : null;

    public bool FallbackToBuiltIn => Options.FallbackToBuiltIn;

    public string? Check(string? provider)
    {
        if (string.IsNullOrWhiteSpace(provider))
        {
            return null;
        }

        var known = AiProviders.Normalize(provider);
        if (known is null)
        {
            return $"ai_provider '{provider}' is not known; use one of {string.Join(", ", AiProviders.All)}.";
        }

        if (known == AiProviders.BuiltIn || known == DefaultProvider)
        {
            return null;
        }

        return DefaultProvider == AiProviders.BuiltIn
            ? $"ai_provider '{known}' is not configured on this portal; an administrator sets Ai:Provider, Ai:Endpoint, Ai:Model and Ai:ApiKey. Use 'built-in' meanwhile."
            : $"ai_provider '{known}' is not configured on this portal; the configured provider is '{DefaultProvider}'.";
    }

    public string Resolve(string? provider) =>
        string.IsNullOrWhiteSpace(provider) ? DefaultProvider : AiProviders.Normalize(provider) ?? DefaultProvider;

    public ResilientChatClient Create(string? model = null)
    {
        if (!Options.IsLlmConfigured)
        {
            throw new InvalidOperationException("No AI provider is configured (Ai:Provider and the organisation's settings are built-in).");
        }

        var effective = settings.Effective();
        var options = effective.Ai;
        var endpoint = string.IsNullOrWhiteSpace(options.Endpoint) ? null : new Uri(options.Endpoint);
        var transport = effective.AiIsTenants && !options.AllowPrivateTenantEndpoints ? AiEndpointGuard.Client : null;
        var inner = new OpenAiChatClient(string.IsNullOrWhiteSpace(model) ? options.EffectiveModel : model, options.ApiKey, endpoint, transport);
        var own = effective.TenantAiRequestsPerMinute is { } perMinute && tenant.TenantId is { } tenantId
            ? tenantLimiters.For(tenantId, perMinute)
            : null;
        return new ResilientChatClient(inner, options, limiter, clock, own);
    }
}
