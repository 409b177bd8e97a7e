using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class EmployerRoleConfiguration : IEntityTypeConfiguration<EmployerRole>
{
    public void Configure(EntityTypeBuilder<EmployerRole> builder)
    {
        builder.ToTable("employer_roles");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Key).HasMaxLength(300);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(r => r.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.EmployerId, r.Key }).IsUnique();
    }
}
