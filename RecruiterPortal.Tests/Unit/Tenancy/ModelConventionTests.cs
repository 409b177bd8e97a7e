using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Unit.Tenancy;

public class ModelConventionTests
{
    private static readonly SqlitePortalDbContext Db = new SqliteDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void Every_entity_is_tenant_owned_or_declared_global()
    {
        var undeclared = Db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned())
            .Select(t => t.ClrType)
            .Where(t => !typeof(ITenantOwned).IsAssignableFrom(t) && !PortalDbContext.GlobalEntityTypes.ContainsKey(t))
            .Select(t => t.Name)
            .ToList();

        Assert.True(undeclared.Count == 0, $"Entities neither tenant-owned nor declared global: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Tenant_owned_entities_have_a_tenant_query_filter()
    {
        var unfiltered = Db.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null)
            .Where(t => t.GetDeclaredQueryFilters().Count == 0)
            .Select(t => t.ClrType.Name)
            .ToList();

        Assert.Empty(unfiltered);
    }

    [Fact]
    public void Unique_indexes_of_tenant_owned_entities_start_with_the_tenant()
    {
        var offenders = Db.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetIndexes().Where(i => i.IsUnique).Select(i => (Entity: t.ClrType.Name, Index: i)))
            .Where(x => x.Index.Properties[0].Name != nameof(ITenantOwned.TenantId))
            .Select(x => $"{x.Entity}({string.Join(", ", x.Index.Properties.Select(p => p.Name))})")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Tables_and_columns_are_snake_case()
    {
        var names = Db.Model.GetEntityTypes().Where(t => !t.IsOwned())
            .SelectMany(t => t.GetProperties().Select(p => p.GetColumnName()).Prepend(t.GetTableName()!))
            .ToList();

        Assert.All(names, n => Assert.Matches("^[a-z0-9_]+$", n));
    }
}
