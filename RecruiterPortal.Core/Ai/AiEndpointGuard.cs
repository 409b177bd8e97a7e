using System.Net;
using System.Net.Sockets;

namespace RecruiterPortal.Core.Ai;

/// <summary>
/// Keeps an AI endpoint that a tenant chose off the portal's own network: an organisation's Admin
/// must not be able to point the server at loopback, the private ranges, link-local addresses (the
/// cloud metadata service) or anything else that is not a public address. Checked twice: when the
/// settings are saved (the address as written, and what its name resolves to now), and on every
/// connection (<see cref="HttpClient"/>), so a name that later resolves elsewhere is refused too.
/// The operator can lift it with <c>Ai:AllowPrivateTenantEndpoints</c> (an on-premises model server).
/// </summary>
public static class AiEndpointGuard
{
    public const string SettingName = "Ai:AllowPrivateTenantEndpoints";

    private static readonly Lazy<HttpClient> _client = new(CreateClient);

    /// <summary>One client for every tenant endpoint: connects only to public addresses, never through a proxy.</summary>
    public static HttpClient Client => _client.Value;

    /// <summary>True for any address that is not plainly public on the internet.</summary>
    public static bool IsNonPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,          // carrier-grade NAT
                169 => b[1] == 254,                        // link-local, cloud metadata
                172 => b[1] is >= 16 and <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2), // private, IETF, TEST-NET-1
                198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
                203 => b[1] == 0 && b[2] == 113,
                >= 224 => true,                            // multicast, reserved, broadcast
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.Equals(IPAddress.IPv6Any)
                || address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                   // unique local fc00::/7
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8); // documentation
        }

        return true;
    }

    /// <summary>
    /// Why <paramref name="endpoint"/> may not be used as a tenant's AI endpoint, or null when it
    /// may. A name that does not resolve now is let through: each connection is checked again.
    /// </summary>
    public static async Task<string?> CheckAsync(string endpoint, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return null; // the format check names this one
        }

        var host = uri.IdnHost;
        if (IPAddress.TryParse(host, out var literal))
        {
            return IsNonPublic(literal) ? Refusal(uri.Host) : null;
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return Refusal(uri.Host);
        }

        IPAddress[] addresses;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            addresses = await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        return addresses.Any(IsNonPublic) ? Refusal(uri.Host) : null;
    }

    private static string Refusal(string host) =>
        $"Endpoint '{host}' is a local or private address; organisations may only use AI endpoints on the public internet. " +
        $"The portal's operator can allow private ones with {SettingName}.";

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectPubliclyAsync,
        };

        // Timeouts belong to ResilientChatClient.
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static async ValueTask<Stream> ConnectPubliclyAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var isLiteral = IPAddress.TryParse(host, out var literal);
        var addresses = isLiteral ? [literal!] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var refused = addresses.FirstOrDefault(IsNonPublic);
        if (refused is not null || addresses.Length == 0)
        {
            var what = isLiteral ? $"{host} is not a public address" : $"{host} resolves to {refused?.ToString() ?? "no address"}, not a public address";
            throw new AiEndpointRefusedException($"{what}; organisations may only use AI endpoints on the public internet " +
                $"(the portal's operator can allow private ones with {SettingName})");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A tenant's AI endpoint led to an address the portal will not connect to.</summary>
public sealed class AiEndpointRefusedException(string message) : IOException(message);
