using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class EmployerAliasConfiguration : IEntityTypeConfiguration<EmployerAlias>
{
    public void Configure(EntityTypeBuilder<EmployerAlias> builder)
    {
        builder.ToTable("employer_aliases");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.Variant).HasMaxLength(300);
        builder.Property(a => a.Key).HasMaxLength(300);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(a => a.EmployerId).OnDelete(DeleteBehavior.Cascade);

        // A written form resolves to exactly one employer of the tenant.
        builder.HasIndex(a => new { a.TenantId, a.Variant }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.Key });
        builder.HasIndex(a => new { a.TenantId, a.EmployerId });
    }
}
