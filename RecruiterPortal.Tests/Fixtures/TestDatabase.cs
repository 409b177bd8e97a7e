using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>An empty database on a real engine: a SQLite file or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder? _folder;
    private readonly Lazy<ServiceProvider> _services;

    private TestDatabase(string provider, string connectionString, TempFolder? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _services = new Lazy<ServiceProvider>(BuildServices);
    }

    /// <summary>
    /// The services the test's contexts are built with: the database's Data Protection key ring, so
    /// a test reads the contact fields a portal on the same database wrote, and the other way round.
    /// </summary>
    public IServiceProvider Services => _services.Value;

    public string Provider { get; }

    public string ConnectionString { get; }

    public static TestDatabase Create(string provider) => provider switch
    {
        DatabaseOptions.Sqlite => Sqlite(),
        DatabaseOptions.Postgres => new TestDatabase(provider, PostgresServer.CreateDatabase(), null),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static TestDatabase Sqlite()
    {
        var folder = new TempFolder("rp-db");
        return new TestDatabase(DatabaseOptions.Sqlite, $"Data Source={Path.Combine(folder.Path, "portal.db")}", folder);
    }

    /// <summary>Settings that point the portal at this database.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Portal"] = ConnectionString,
    };

    public PortalDbContext CreateContext(ITenantContext? tenant = null) => Provider == DatabaseOptions.Sqlite
        ? new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(ConnectionString).UseApplicationServiceProvider(Services).Options, tenant)
        : new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(ConnectionString).UseApplicationServiceProvider(Services).Options, tenant);

    /// <summary>A context factory acting for <paramref name="tenant"/>, for services that open their own contexts.</summary>
    public IDbContextFactory<PortalDbContext> Factory(ITenantContext? tenant = null) => new ContextFactory(this, tenant);

    private sealed class ContextFactory(TestDatabase database, ITenantContext? tenant) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => database.CreateContext(tenant);
    }

    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => CreateContext());
        services.AddPortalKeyRing();
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        if (_services.IsValueCreated)
        {
            _services.Value.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _folder?.Dispose();
    }
}
