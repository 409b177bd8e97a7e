namespace RecruiterPortal.Core.Ai;

/// <summary>
/// The language model tailoring may use, bound from the <c>Ai</c> section. With the default
/// provider <c>built-in</c> the portal needs no network and no key.
/// </summary>
public sealed class AiOptions
{
    public const string Section = "Ai";

    /// <summary>One of <see cref="AiProviders"/>.</summary>
    public string Provider { get; set; } = AiProviders.BuiltIn;

    /// <summary>The API base address, e.g. <c>http://localhost:11434/v1</c>; OpenAI's own when empty.</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Retries after the first attempt on a timeout, HTTP 429 or 5xx.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Across the whole process, so a bulk run cannot flood the provider.</summary>
    public int MaxRequestsPerMinute { get; set; } = 60;

    public double Temperature { get; set; } = 0.2;

    /// <summary>Tailor with the built-in engine when the provider does not answer, instead of failing.</summary>
    public bool FallbackToBuiltIn { get; set; } = true;

    /// <summary>The first retry waits about this long; each later one twice as long, plus jitter.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Whether an organisation's own AI endpoint (Admin → Settings) may be a loopback, private or
    /// link-local address. Off by default: see <see cref="AiEndpointGuard"/>. The portal's own
    /// <c>Ai:Endpoint</c> is the operator's choice and is never restricted.
    /// </summary>
    public bool AllowPrivateTenantEndpoints { get; set; }

    public bool IsLlmConfigured => !AiProviders.IsBuiltIn(Provider);

    /// <summary>The model to ask for: the configured one, else the provider's usual default.</summary>
    public string EffectiveModel => string.IsNullOrWhiteSpace(Model) ? DefaultModel(AiProviders.Normalize(Provider)) : Model;

    private static string DefaultModel(string? provider) => provider switch
    {
        AiProviders.Ollama => "llama3.1",
        _ => "gpt-4o-mini",
    };
}
