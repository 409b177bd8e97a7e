using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data;

/// <summary>
/// The portal's one EF Core model (Identity + domain), shared by the SQLite and PostgreSQL
/// subclasses that each carry their own migrations. Every <see cref="ITenantOwned"/> entity gets a
/// query filter on the current tenant; with no tenant, such queries return nothing.
/// </summary>
public abstract class PortalDbContext : IdentityUserContext<PortalUser, Guid>
{
    private readonly ITenantContext? _tenant;

    protected PortalDbContext(DbContextOptions options, ITenantContext? tenant)
        : base(options)
    {
        _tenant = tenant;
    }

    /// <summary>
    /// Entities that are deliberately not tenant-owned, with the reason. A test fails when an
    /// entity is neither tenant-owned nor listed here.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> GlobalEntityTypes { get; } = new Dictionary<Type, string>
    {
        [typeof(Tenant)] = "the tenants themselves",
        [typeof(PortalUser)] = "users are found by email at sign-in, before a tenant is known; user management filters by tenant explicitly",
        [typeof(IdentityUserClaim<Guid>)] = "belongs to a user (see PortalUser)",
        [typeof(IdentityUserLogin<Guid>)] = "belongs to a user (see PortalUser)",
        [typeof(IdentityUserToken<Guid>)] = "belongs to a user (see PortalUser): authenticator keys and recovery codes",
    };

    /// <summary>The tenant the query filters use; <see cref="Guid.Empty"/> matches no row.</summary>
    public Guid CurrentTenantId => _tenant?.TenantId ?? Guid.Empty;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PipelineJob> PipelineJobs => Set<PipelineJob>();

    public DbSet<PipelineCheckpoint> PipelineCheckpoints => Set<PipelineCheckpoint>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only: an entry can be added, never changed or removed.</summary>
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<Audit.AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: its entries cannot be changed or deleted.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            ApplyTenantFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
        }

        SnakeCaseNames.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }

    private static readonly System.Reflection.MethodInfo ApplyTenantFilterMethod =
        typeof(PortalDbContext).GetMethod(nameof(ApplyTenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void ApplyTenantFilter<TEntity>(ModelBuilder builder)
        where TEntity : class, ITenantOwned
    {
        Expression<Func<TEntity, bool>> filter = e => e.TenantId == CurrentTenantId;
        builder.Entity<TEntity>().HasQueryFilter(filter);
    }
}
