using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Scoring;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data;

/// <summary>
/// The portal's one EF Core model (Identity + domain), shared by the SQLite and PostgreSQL
/// subclasses that each carry their own migrations. Every <see cref="ITenantOwned"/> entity gets a
/// query filter on the current tenant; with no tenant, such queries return nothing.
/// </summary>
public abstract class PortalDbContext : IdentityUserContext<PortalUser, Guid>, IDataProtectionKeyContext
{
    private readonly ITenantContext? _tenant;
    private readonly ContactProtection? _contact;

    protected PortalDbContext(DbContextOptions options, ITenantContext? tenant)
        : base(options)
    {
        _tenant = tenant;
        _contact = options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ContactProtection>();
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
        [typeof(DataProtectionKey)] = "the Data Protection key ring, shared by every instance and tenant",
        [typeof(PortalSecret)] = "installation-wide secrets (the contact hash key), protected by the key ring",
    };

    /// <summary>The tenant the query filters use; <see cref="Guid.Empty"/> matches no row.</summary>
    public Guid CurrentTenantId => _tenant?.TenantId ?? Guid.Empty;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PipelineJob> PipelineJobs => Set<PipelineJob>();

    public DbSet<PipelineCheckpoint> PipelineCheckpoints => Set<PipelineCheckpoint>();

    /// <summary>The Data Protection key ring (<see cref="IDataProtectionKeyContext"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Encrypts candidate contact fields and makes their keyed hashes; absent only for a context
    /// built without the application's services (design time), which cannot read or write them.
    /// </summary>
    public ContactProtection ContactProtection =>
        _contact ?? throw new InvalidOperationException("This context has no ContactProtection service: build it with the portal's services (AddPortalKeyRing).");

    internal ContactProtection? ContactProtectionOrNull => _contact;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        StampContactHashes();
        Employers.EmployerLinks.Link(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        StampContactHashes();
        await Employers.EmployerLinks.LinkAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Keeps each candidate's de-duplication hashes in step with its email and phone, whoever set
    /// them, and loads the keys before the save opens its transaction.
    /// </summary>
    private void StampContactHashes()
    {
        var changed = ChangeTracker.Entries<Candidate>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        ContactProtection.EnsureReady();
        foreach (var entry in changed)
        {
            entry.Entity.EmailHash = ContactProtection.HashEmail(CandidateKeys.NormalizeEmail(entry.Entity.Email));
            entry.Entity.PhoneHash = ContactProtection.HashPhone(CandidateKeys.NormalizePhone(entry.Entity.Phone));
        }
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

        // Email and phone, and the documents that repeat them, are stored encrypted; the model is
        // built per ContactProtection (see PortalModelCacheKeyFactory).
        ValueConverter contact = new ProtectedTextConverter(_contact, document: false);
        builder.Entity<Candidate>().Property(c => c.Email).HasConversion(contact);
        builder.Entity<Candidate>().Property(c => c.Phone).HasConversion(contact);
        ValueConverter document = new ProtectedTextConverter(_contact, document: true);
        builder.Entity<Resume>().Property(r => r.RawText).HasConversion(document);
        builder.Entity<Resume>().Property(r => r.ParsedJson).HasConversion(document);
        builder.Entity<TailoredResume>().Property(t => t.OriginalMarkdown).HasConversion(document);
        builder.Entity<TailoredResume>().Property(t => t.TailoredMarkdown).HasConversion(document);
        builder.Entity<TailoredResume>().Property(t => t.TailoredHtml).HasConversion(document);
        builder.Entity<TailoredResume>().Property(t => t.FinalMarkdown).HasConversion(document);
        builder.Entity<WritingSample>().Property(s => s.OriginalText).HasConversion(document);
        builder.Entity<AiScore>().Property(s => s.AiRawResponse).HasConversion(document);
        builder.Entity<PipelineCheckpoint>().Property(c => c.StateJson).HasConversion(document);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            ApplyTenantFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
        }

        Configurations.WritingSampleConfiguration.OneActivePerCandidateAndType(builder, SqlTrue);

        SnakeCaseNames.Apply(builder);
    }

    /// <summary>How the provider writes a true boolean in SQL (index filters): <c>1</c> on SQLite, <c>TRUE</c> on PostgreSQL.</summary>
    protected abstract string SqlTrue { get; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, PortalModelCacheKeyFactory>();
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

    /// <summary>
    /// Stores a string encrypted with <see cref="Privacy.ContactProtection"/>: a contact field, or
    /// (<paramref name="document"/>) a document's text.
    /// </summary>
    private sealed class ProtectedTextConverter(ContactProtection? protection, bool document) : ValueConverter<string, string>(
        v => Protect(protection, document, v),
        v => Unprotect(protection, document, v))
    {
        private static string Protect(ContactProtection? protection, bool document, string value) =>
            document ? Require(protection).ProtectDocument(value) : Require(protection).Protect(value);

        private static string Unprotect(ContactProtection? protection, bool document, string value) =>
            document ? Require(protection).UnprotectDocument(value) : Require(protection).Unprotect(value);

        private static ContactProtection Require(ContactProtection? protection) =>
            protection ?? throw new InvalidOperationException("Candidate contact fields and documents need ContactProtection (AddPortalKeyRing).");
    }
}
