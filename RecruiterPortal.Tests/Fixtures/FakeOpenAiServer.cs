using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Tailoring.Llm;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// A real HTTP server on loopback speaking the OpenAI chat-completions wire format
/// (<c>POST /v1/chat/completions</c>, with usage), answering as each test scripts it: a faithful
/// rewrite, a fabrication, malformed JSON, a delay, 429 with Retry-After, a 500. Shared with the
/// benchmarks, which link this file. The only fake in the AI tests: everything up to the socket is real.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<FakeChatRequest, FakeReply>> _steps = new();
    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();
    private Func<FakeChatRequest, FakeReply> _then = FakeReply.Faithful;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base address to configure as <c>Ai:Endpoint</c> (ends in <c>/v1</c>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Every request received, in order of arrival.</summary>
    public IReadOnlyList<FakeChatRequest> Requests => [.. _requests];

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    /// <summary>
    /// Portal settings that send every AI call here (model "fake-model", quick retries, a 20 s timeout)
    /// and poll the pipeline often, with <paramref name="overrides"/> applied last.
    /// </summary>
    public Dictionary<string, string?> PortalSettings(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Pipeline:PollInterval"] = "00:00:00.200",
            ["Ai:Provider"] = "openai-compatible",
            ["Ai:Endpoint"] = Endpoint.ToString(),
            ["Ai:Model"] = "fake-model",
            ["Ai:RetryBaseDelayMilliseconds"] = "10",
            ["Ai:TimeoutSeconds"] = "20",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Answers the next requests with <paramref name="steps"/> in turn, then every later one with <paramref name="then"/>.</summary>
    public void Script(Func<FakeChatRequest, FakeReply> then, params Func<FakeChatRequest, FakeReply>[] steps)
    {
        _steps.Clear();
        foreach (var step in steps)
        {
            _steps.Enqueue(step);
        }

        _then = then;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var root = body.RootElement;
        var messages = root.GetProperty("messages").EnumerateArray().ToList();
        string Content(string role) => string.Join("\n", messages.Where(m => m.GetProperty("role").GetString() == role).Select(m => m.GetProperty("content").GetString()));
        var request = new FakeChatRequest(
            root.GetProperty("model").GetString() ?? "",
            Content("system"),
            Content("user"),
            root.TryGetProperty("response_format", out var format) ? format.GetProperty("type").GetString() : null,
            DateTimeOffset.UtcNow);
        _requests.Enqueue(request);

        var reply = (_steps.TryDequeue(out var step) ? step : _then)(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // The client gave up waiting.
            }
        }

        if (reply.Status != StatusCodes.Status200OK)
        {
            http.Response.StatusCode = reply.Status;
            if (reply.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            await http.Response.WriteAsJsonAsync(new { error = new { message = $"scripted {reply.Status}", type = "server_error", code = (string?)null } });
            return;
        }

        var content = reply.Content ?? "";
        int prompt = (request.System.Length + request.User.Length) / 4, completion = content.Length / 4;
        await http.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["id"] = $"chatcmpl-{_requests.Count}",
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = request.Model,
            ["choices"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["index"] = 0,
                    ["message"] = new Dictionary<string, object> { ["role"] = "assistant", ["content"] = content },
                    ["finish_reason"] = "stop",
                },
            },
            ["usage"] = new Dictionary<string, int> { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion },
        });
    }
}

/// <summary>One chat request as the fake server received it.</summary>
public sealed record FakeChatRequest(string Model, string System, string User, string? ResponseFormat, DateTimeOffset ReceivedAt)
{
    /// <summary>The resume the portal sent, from its data block.</summary>
    public string Resume => LlmPrompt.ResumeIn(User) ?? throw new InvalidOperationException("The request carried no resume data block.");
}

/// <summary>How the fake server answers one request.</summary>
public sealed record FakeReply(int Status = 200, string? Content = null, TimeSpan Delay = default, string? RetryAfter = null)
{
    /// <summary>Returns the resume it was sent with its skills listed in reverse order: nothing new, nothing lost.</summary>
    public static FakeReply Faithful(FakeChatRequest request) => Rewrite(request, ReverseSkills, "Skills", "Put the skills the job asks for first");

    /// <summary>The resume with its skills line in reverse order: a change that adds and drops nothing.</summary>
    public static string ReverseSkills(string resume)
    {
        var lines = resume.Split('\n');
        var at = Array.IndexOf(lines, "## Skills") + 1;
        if (at > 0 && at < lines.Length && lines[at].Contains(',', StringComparison.Ordinal) && !lines[at].StartsWith("Key skills:", StringComparison.Ordinal))
        {
            lines[at] = string.Join(", ", lines[at].Split(", ").Reverse());
        }

        return string.Join('\n', lines);
    }

    /// <summary>Answers with <paramref name="change"/> applied to the resume it was sent, as the JSON tailoring asks for.</summary>
    public static FakeReply Rewrite(FakeChatRequest request, Func<string, string> change, string section = "Summary", string description = "Aligned the wording with the job") =>
        new(Content: Json(change(request.Resume), section, description));

    public static string Json(string markdown, string section = "Summary", string description = "Aligned the wording with the job") =>
        JsonSerializer.Serialize(new
        {
            tailored_markdown = markdown,
            improvements = new[] { new { section, type = "rewritten", description, before = "", after = "" } },
        });
}
