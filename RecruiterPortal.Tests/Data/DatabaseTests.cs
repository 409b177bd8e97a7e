using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Data;

/// <summary>
/// The same test bodies run on real SQLite and on a real PostgreSQL server (the subclasses below),
/// so the two providers cannot drift apart.
/// </summary>
public abstract class DatabaseTests(string provider) : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);

    [Fact]
    public async Task Migrations_apply_from_empty_and_match_the_model()
    {
        await using (var db = _database.CreateContext())
        {
            Assert.NotEmpty(db.Database.GetMigrations());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a migration: run dotnet ef migrations add (docs/migrations.md).");
            await db.Database.MigrateAsync();
        }

        await using var check = _database.CreateContext();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Query_filters_show_each_tenant_only_its_own_rows()
    {
        await _database.MigrateAsync();
        var (a, b) = (new Tenant { Name = "Alpha", Slug = "alpha" }, new Tenant { Name = "Beta", Slug = "beta" });
        await using (var db = _database.CreateContext())
        {
            db.Tenants.AddRange(a, b);
            db.ApiKeys.AddRange(Key(a.Id, "alpha-1"), Key(a.Id, "alpha-2"), Key(b.Id, "beta-1"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["alpha-1", "alpha-2"], await NamesSeenBy(a.Id));
        Assert.Equal(["beta-1"], await NamesSeenBy(b.Id));
        Assert.Empty(await NamesSeenBy(null));

        // Looking a row up by its id from the wrong tenant finds nothing, as if it did not exist.
        var betaKeyId = await IdOf("beta-1");
        var tenantA = new TenantContext();
        tenantA.Use(a.Id);
        await using var asA = _database.CreateContext(tenantA);
        Assert.Null(await asA.ApiKeys.SingleOrDefaultAsync(k => k.Id == betaKeyId));
        Assert.Equal(0, await asA.ApiKeys.Where(k => k.Id == betaKeyId).ExecuteDeleteAsync());
        Assert.Equal(3, await asA.ApiKeys.IgnoreQueryFilters().CountAsync());
    }

    public void Dispose() => _database.Dispose();

    private static ApiKey Key(Guid tenantId, string name) => new()
    {
        TenantId = tenantId,
        Name = name,
        Prefix = name,
        KeyHash = ApiKeySecret.Hash(name),
        Role = PortalRoles.Viewer,
    };

    private async Task<List<string>> NamesSeenBy(Guid? tenantId)
    {
        var tenant = new TenantContext();
        if (tenantId is { } id)
        {
            tenant.Use(id);
        }

        await using var db = _database.CreateContext(tenant);
        return await db.ApiKeys.OrderBy(k => k.Name).Select(k => k.Name).ToListAsync();
    }

    private async Task<Guid> IdOf(string name)
    {
        await using var db = _database.CreateContext();
        return await db.ApiKeys.IgnoreQueryFilters().Where(k => k.Name == name).Select(k => k.Id).SingleAsync();
    }
}

public sealed class SqliteDatabaseTests() : DatabaseTests(DatabaseOptions.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresDatabaseTests() : DatabaseTests(DatabaseOptions.Postgres);
