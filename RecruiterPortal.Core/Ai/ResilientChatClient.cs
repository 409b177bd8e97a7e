using Microsoft.Extensions.AI;

namespace RecruiterPortal.Core.Ai;

/// <summary>
/// Makes a chat client fit for unattended work: every attempt waits for a slot from the shared
/// <see cref="AiRequestLimiter"/>, is cut off after <see cref="AiOptions.TimeoutSeconds"/>, and a
/// timeout, HTTP 429 or 5xx is retried up to <see cref="AiOptions.MaxRetries"/> times with
/// exponential back-off and jitter (at least as long as the provider's Retry-After). Counts the
/// requests, retries and tokens it spent, so one instance per tailoring gives that tailoring's usage.
/// </summary>
/// <param name="tenantLimiter">A tenant's own, lower request rate, waited for before the process's.</param>
public sealed class ResilientChatClient(IChatClient inner, AiOptions options, AiRequestLimiter limiter, TimeProvider clock, AiRequestLimiter? tenantLimiter = null)
    : DelegatingChatClient(inner)
{
    /// <summary>A provider asking for a longer pause than this is treated as unavailable for now.</summary>
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(2);

    private int _requests;
    private int _retries;
    private long _inputTokens;
    private long _outputTokens;

    public int Requests => _requests;

    public int Retries => _retries;

    public long InputTokens => Interlocked.Read(ref _inputTokens);

    public long OutputTokens => Interlocked.Read(ref _outputTokens);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var attempts = options.MaxRetries + 1;
        for (var attempt = 1; ; attempt++)
        {
            if (tenantLimiter is not null)
            {
                await tenantLimiter.WaitAsync(cancellationToken);
            }

            await limiter.WaitAsync(cancellationToken);
            Interlocked.Increment(ref _requests);
            using var perAttempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            perAttempt.CancelAfter(timeout);
            string failure;
            TimeSpan? retryAfter = null;
            try
            {
                var response = await base.GetResponseAsync(list, chatOptions, perAttempt.Token);
                Interlocked.Add(ref _inputTokens, response.Usage?.InputTokenCount ?? 0);
                Interlocked.Add(ref _outputTokens, response.Usage?.OutputTokenCount ?? 0);
                return response;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"timeout after {options.TimeoutSeconds} s";
            }
            catch (AiProviderException ex) when (ex.IsTransient)
            {
                failure = ex.StatusCode is { } status ? $"HTTP {status}" : ex.Message;
                retryAfter = ex.RetryAfter;
            }
            catch (AiProviderException ex)
            {
                // 400, 401, 404…: asking again cannot help.
                throw new AiUnavailableException($"The AI provider refused the request ({ex.Message}).", ex);
            }

            if (attempt >= attempts || retryAfter > MaxRetryAfter)
            {
                var tries = attempt == 1 ? "1 attempt" : $"{attempt} attempts";
                throw new AiUnavailableException($"The AI provider did not answer ({failure}, {tries})");
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(Backoff(attempt, retryAfter), clock, cancellationToken);
        }
    }

    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var baseDelay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds);
        var exponential = baseDelay * Math.Pow(2, attempt - 1);
        var jitter = baseDelay * Random.Shared.NextDouble();
        var wait = exponential + jitter;
        return retryAfter is { } asked && asked > wait ? asked : wait;
    }
}
