using Microsoft.Extensions.Options;

namespace RecruiterPortal.Core.Ai;

/// <summary>
/// Builds clients for the one provider configured under <c>Ai</c>. The request limiter is shared
/// by every client this factory makes, which is what keeps bulk runs under the provider's limit.
/// </summary>
public sealed class AiChatClientFactory(IOptions<AiOptions> options, AiRequestLimiter limiter, TimeProvider clock) : IAiChatClientFactory
{
    private readonly AiOptions _options = options.Value;

    public string DefaultProvider => AiProviders.Normalize(_options.Provider) ?? AiProviders.BuiltIn;

    public string? DefaultModel => _options.IsLlmConfigured ? _options.EffectiveModel : null;

    public bool FallbackToBuiltIn => _options.FallbackToBuiltIn;

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
        if (!_options.IsLlmConfigured)
        {
            throw new InvalidOperationException("No AI provider is configured (Ai:Provider is built-in).");
        }

        var endpoint = string.IsNullOrWhiteSpace(_options.Endpoint) ? null : new Uri(_options.Endpoint);
        var inner = new OpenAiChatClient(string.IsNullOrWhiteSpace(model) ? _options.EffectiveModel : model, _options.ApiKey, endpoint);
        return new ResilientChatClient(inner, _options, limiter, clock);
    }
}
