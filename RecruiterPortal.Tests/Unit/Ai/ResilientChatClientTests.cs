using Microsoft.Extensions.AI;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Ai;

/// <summary>The OpenAI adapter and the resilient client against a real HTTP server that misbehaves on cue.</summary>
public sealed class ResilientChatClientTests : IAsyncLifetime
{
    private static readonly ChatMessage[] Hello = [new(ChatRole.User, "hello")];
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_answer_carries_its_text_model_and_token_usage_in_json_mode()
    {
        _server.Script(_ => new FakeReply(Content: "{\"ok\":true}"));
        using var client = AiClients.Create(_server, AiClients.Options(_server));

        var response = await client.GetResponseAsync(Hello, new ChatOptions { ResponseFormat = ChatResponseFormat.Json });

        Assert.Equal("{\"ok\":true}", response.Text);
        Assert.Equal("fake-model", response.ModelId);
        Assert.True(response.Usage!.InputTokenCount > 0);
        Assert.Equal(response.Usage.InputTokenCount, client.InputTokens);
        Assert.Equal("json_object", Assert.Single(_server.Requests).ResponseFormat);
        Assert.Equal((1, 0), (client.Requests, client.Retries));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_then_succeeds()
    {
        _server.Script(_ => new FakeReply(Content: "{}"), _ => new FakeReply(429, RetryAfter: "1"));
        using var client = AiClients.Create(_server, AiClients.Options(_server));

        var response = await client.GetResponseAsync(Hello);

        Assert.Equal("{}", response.Text);
        Assert.Equal((2, 1), (client.Requests, client.Retries));
        var (first, second) = (_server.Requests[0].ReceivedAt, _server.Requests[1].ReceivedAt);
        Assert.True(second - first >= TimeSpan.FromMilliseconds(950), $"the retry came {(second - first).TotalMilliseconds} ms after the 429 that asked for 1 s");
    }

    [Theory]
    [InlineData(429, "HTTP 429")]
    [InlineData(500, "HTTP 500")]
    public async Task A_provider_that_keeps_failing_is_given_up_on_after_the_retries(int status, string reason)
    {
        _server.Script(_ => new FakeReply(status));
        using var client = AiClients.Create(_server, AiClients.Options(_server, maxRetries: 2));

        var error = await Assert.ThrowsAsync<AiUnavailableException>(() => client.GetResponseAsync(Hello));

        Assert.Equal($"The AI provider did not answer ({reason}, 3 attempts)", error.Message);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal((3, 2), (client.Requests, client.Retries));
    }

    [Fact]
    public async Task A_server_error_then_an_answer_succeeds()
    {
        _server.Script(_ => new FakeReply(Content: "{}"), _ => new FakeReply(500), _ => new FakeReply(503));
        using var client = AiClients.Create(_server, AiClients.Options(_server));

        Assert.Equal("{}", (await client.GetResponseAsync(Hello)).Text);
        Assert.Equal(2, client.Retries);
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        _server.Script(_ => new FakeReply(401));
        using var client = AiClients.Create(_server, AiClients.Options(_server));

        var error = await Assert.ThrowsAsync<AiUnavailableException>(() => client.GetResponseAsync(Hello));

        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_slow_answer_is_cut_off_at_the_timeout_on_every_attempt()
    {
        _server.Script(_ => new FakeReply(Content: "{}", Delay: TimeSpan.FromSeconds(30)));
        using var client = AiClients.Create(_server, AiClients.Options(_server, timeoutSeconds: 1, maxRetries: 1));

        var error = await Assert.ThrowsAsync<AiUnavailableException>(() => client.GetResponseAsync(Hello));

        Assert.Equal("The AI provider did not answer (timeout after 1 s, 2 attempts)", error.Message);
        Assert.Equal(2, _server.Requests.Count);
    }
}
