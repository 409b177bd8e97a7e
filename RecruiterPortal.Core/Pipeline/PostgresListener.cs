using Microsoft.Extensions.Logging;
using Npgsql;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Keeps a dedicated connection LISTENing on one PostgreSQL channel and hands each notification
/// to a callback, reconnecting after any failure. NOTIFYs sent while disconnected are lost, so
/// <paramref name="onConnected"/> runs after every (re)connect for the caller to catch up.
/// </summary>
internal sealed class PostgresListener(
    string connectionString,
    string channel,
    Action<string> onNotification,
    Action? onConnected,
    TimeSpan reconnectDelay,
    ILogger logger)
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => _listening.Task;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Pooled connections are reset (UNLISTEN) when returned; this one stays ours, and keepalive
        // notices a silently dropped server.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15 };
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                connection.Notification += (_, e) => Deliver(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                _listening.TrySetResult();
                onConnected?.Invoke();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Lost the PostgreSQL LISTEN connection on {Channel}; reconnecting in {Delay}", channel, reconnectDelay);
                try
                {
                    await Task.Delay(reconnectDelay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Deliver(string payload)
    {
        try
        {
            onNotification(payload);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Handling a notification on {Channel} failed", channel);
        }
    }
}
