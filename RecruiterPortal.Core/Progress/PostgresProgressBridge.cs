using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Core.Progress;

/// <summary>
/// The <see cref="IProgressNotifier"/> on PostgreSQL: publishes locally and sends each event to
/// the other app instances with <c>NOTIFY portal_progress</c>; a LISTEN loop re-publishes their
/// events here. Sending runs in the background because <see cref="Publish"/> must not block.
/// </summary>
public sealed class PostgresProgressBridge(
    ProgressNotifier local,
    PipelineInstance instance,
    IConfiguration configuration,
    IOptions<PipelineOptions> options,
    ILogger<PostgresProgressBridge> logger) : BackgroundService, IProgressNotifier
{
    public const string Channel = "portal_progress";

    // NOTIFY payloads must stay under 8000 bytes; leave room for the envelope.
    private const int MaxPayloadBytes = 7900;

    private readonly Channel<ProgressEvent> _outbox = System.Threading.Channels.Channel.CreateBounded<ProgressEvent>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private PostgresListener? _listener;

    /// <summary>Completes once this instance receives other instances' events.</summary>
    public Task Listening => _listener?.Listening ?? Task.Delay(Timeout.Infinite);

    public void Publish(ProgressEvent progress)
    {
        local.Publish(progress);
        _outbox.Writer.TryWrite(progress);
    }

    public IDisposable Subscribe(Guid tenantId, string topic, Func<ProgressEvent, Task> handler) =>
        local.Subscribe(tenantId, topic, handler);

    internal static string? Encode(string instanceId, ProgressEvent progress)
    {
        var json = JsonSerializer.Serialize(new Envelope(instanceId, progress), JsonSerializerOptions.Web);
        if (Encoding.UTF8.GetByteCount(json) <= MaxPayloadBytes)
        {
            return json;
        }

        // Events are notices, not data: a watcher re-reads state, so the message can go.
        json = JsonSerializer.Serialize(new Envelope(instanceId, progress with { Message = null }), JsonSerializerOptions.Web);
        return Encoding.UTF8.GetByteCount(json) <= MaxPayloadBytes ? json : null;
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString("Portal")
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is required for PostgreSQL progress notifications.");
        _listener = new PostgresListener(connectionString, Channel, Receive, null, options.Value.ReconnectDelay, logger);
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_listener!.RunAsync(stoppingToken), SendLoopAsync(stoppingToken));

    private void Receive(string payload)
    {
        var envelope = JsonSerializer.Deserialize<Envelope>(payload, JsonSerializerOptions.Web);
        if (envelope?.Event is { } progress && envelope.Instance != instance.Id)
        {
            local.Publish(progress);
        }
    }

    private async Task SendLoopAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString("Portal")!;
        var reader = _outbox.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await using var connection = new NpgsqlConnection(connectionString);
                    await connection.OpenAsync(stoppingToken);
                    while (reader.TryPeek(out var progress))
                    {
                        if (Encode(instance.Id, progress) is { } payload)
                        {
                            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                            notify.Parameters.AddWithValue("channel", Channel);
                            notify.Parameters.AddWithValue("payload", payload);
                            await notify.ExecuteNonQueryAsync(stoppingToken);
                        }

                        reader.TryRead(out _);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not send progress to other instances; retrying in {Delay}", options.Value.ReconnectDelay);
                    await Task.Delay(options.Value.ReconnectDelay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed record Envelope(string Instance, ProgressEvent Event);
}
