using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using Microsoft.Extensions.AI;
using OpenAIChat = OpenAI.Chat;

namespace RecruiterPortal.Core.Ai;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's chat-completions client, so any
/// OpenAI-compatible endpoint (OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM) can be used.
/// It makes exactly one HTTP request per call: timeouts and retries belong to
/// <see cref="ResilientChatClient"/>, so the SDK's own retry policy is switched off.
/// </summary>
public sealed class OpenAiChatClient : IChatClient
{
    // Ollama and vLLM accept any key, but the SDK refuses an empty one.
    private const string PlaceholderKey = "no-key";

    private readonly OpenAIChat.ChatClient _client;
    private readonly string _model;
    private readonly Uri? _endpoint;

    /// <param name="transport">The HTTP client to send with (<see cref="AiEndpointGuard.Client"/> for a tenant's endpoint); the SDK's own when null.</param>
    public OpenAiChatClient(string model, string? apiKey, Uri? endpoint, HttpClient? transport = null)
    {
        _model = model;
        _endpoint = endpoint;
        var options = new OpenAI.OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }

        if (transport is not null)
        {
            options.Transport = new HttpClientPipelineTransport(transport);
        }

        _client = new OpenAIChat.ChatClient(model, new ApiKeyCredential(string.IsNullOrWhiteSpace(apiKey) ? PlaceholderKey : apiKey), options);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new OpenAIChat.ChatCompletionOptions();
        if (options?.Temperature is { } temperature)
        {
            request.Temperature = temperature;
        }

        if (options?.MaxOutputTokens is { } maxTokens)
        {
            request.MaxOutputTokenCount = maxTokens;
        }

        if (options?.ResponseFormat is ChatResponseFormatJson)
        {
            request.ResponseFormat = OpenAIChat.ChatResponseFormat.CreateJsonObjectFormat();
        }

        OpenAIChat.ChatCompletion completion;
        try
        {
            completion = (await _client.CompleteChatAsync(messages.Select(ToOpenAi).ToList(), request, cancellationToken)).Value;
        }
        catch (ClientResultException ex) when (Refusal(ex) is { } refused)
        {
            // Asking again cannot help: the address stays private.
            throw new AiUnavailableException($"The AI provider was not contacted: {refused.Message}", ex);
        }
        catch (ClientResultException ex)
        {
            var status = ex.Status == 0 ? (int?)null : ex.Status;
            var what = status is null ? $"could not be reached ({ex.InnerException?.Message ?? ex.Message})" : $"answered HTTP {status}";
            throw new AiProviderException($"The AI provider {what}", status, RetryAfter(ex.GetRawResponse()), ex);
        }

        var text = string.Concat(completion.Content.Where(p => p.Kind == OpenAIChat.ChatMessageContentPartKind.Text).Select(p => p.Text));
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            ResponseId = completion.Id,
            Usage = completion.Usage is { } usage
                ? new UsageDetails { InputTokenCount = usage.InputTokenCount, OutputTokenCount = usage.OutputTokenCount, TotalTokenCount = usage.TotalTokenCount }
                : null,
        };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Tailoring asks for whole answers; streaming is not used.");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("openai", _endpoint, _model)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private static OpenAIChat.ChatMessage ToOpenAi(ChatMessage message)
    {
        if (message.Role == ChatRole.System)
        {
            return new OpenAIChat.SystemChatMessage(message.Text);
        }

        return message.Role == ChatRole.Assistant
            ? new OpenAIChat.AssistantChatMessage(message.Text)
            : new OpenAIChat.UserChatMessage(message.Text);
    }

    private static AiEndpointRefusedException? Refusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is AiEndpointRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>Retry-After in seconds or as an HTTP date, or OpenAI's retry-after-ms.</summary>
    private static TimeSpan? RetryAfter(PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis))
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow
            : null;
    }
}
