using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// The real portal in-process, on a private SQLite file (or the PostgreSQL database given), with
/// settings a test chooses. <see cref="StartLiveServer"/> serves it over real HTTP on loopback for
/// the browser tests.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new("rp-portal");
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces services after the portal's own, for a fake at a boundary.</param>
    public PortalFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Portal:DataFolder"] = _folder.Path,
            ["Demo:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",

            // Many tests sign in and call the API from one address; the limits' own tests set them low.
            ["RateLimits:SignInPerMinute"] = "10000",
            ["RateLimits:SignInPerAddressPerMinute"] = "10000",
            ["RateLimits:ApiPerMinute"] = "1000000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataFolder => _folder.Path;

    /// <summary>Starts Kestrel on a free loopback port and returns the base address.</summary>
    public Uri StartLiveServer()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
