using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RecruiterPortal.Core.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web app (docs/migrations.md).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName))
            .Options, null);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>()
            .UseNpgsql("Host=localhost;Database=recruiter_portal_design", o => o.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName))
            .Options, null);
}
