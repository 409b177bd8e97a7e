using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>An empty database on a real engine: a SQLite file or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder? _folder;

    private TestDatabase(string provider, string connectionString, TempFolder? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
    }

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
        ? new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(ConnectionString).Options, tenant)
        : new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(ConnectionString).Options, tenant);

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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder?.Dispose();
    }
}
