using RecruiterPortal.Core.Ai;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Ai;

/// <summary>Real clients pointed at the fake server, with short waits so failures are quick.</summary>
internal static class AiClients
{
    public static AiOptions Options(FakeOpenAiServer server, int timeoutSeconds = 30, int maxRetries = 3, int perMinute = 60_000) => new()
    {
        Provider = AiProviders.OpenAiCompatible,
        Endpoint = server.Endpoint.ToString(),
        Model = "fake-model",
        TimeoutSeconds = timeoutSeconds,
        MaxRetries = maxRetries,
        MaxRequestsPerMinute = perMinute,
        RetryBaseDelayMilliseconds = 20,
    };

    public static ResilientChatClient Create(FakeOpenAiServer server, AiOptions options, AiRequestLimiter? limiter = null) =>
        new(new OpenAiChatClient(options.EffectiveModel, options.ApiKey, server.Endpoint), options,
            limiter ?? new AiRequestLimiter(options.MaxRequestsPerMinute, TimeProvider.System), TimeProvider.System);
}
