namespace RecruiterPortal.Core.Ai;

/// <summary>Hands out chat clients for the configured language model, wrapped for retries, timeouts and the shared rate limit.</summary>
public interface IAiChatClientFactory
{
    /// <summary>The configured provider, or <see cref="AiProviders.BuiltIn"/> when no language model is set up.</summary>
    string DefaultProvider { get; }

    /// <summary>The model used when a request names none.</summary>
    string? DefaultModel { get; }

    bool FallbackToBuiltIn { get; }

    /// <summary>Why <paramref name="provider"/> cannot be used, in words fit to show; null when it can (or means the built-in engine).</summary>
    string? Check(string? provider);

    /// <summary>The provider a request should use: its own choice, else the configured default; normalized.</summary>
    string Resolve(string? provider);

    /// <summary>A new client (with its own usage counters) for one tailoring; <paramref name="model"/> overrides the configured model.</summary>
    ResilientChatClient Create(string? model = null);
}
