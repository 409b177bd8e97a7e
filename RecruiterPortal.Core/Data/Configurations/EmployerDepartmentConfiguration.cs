using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class EmployerDepartmentConfiguration : IEntityTypeConfiguration<EmployerDepartment>
{
    public void Configure(EntityTypeBuilder<EmployerDepartment> builder)
    {
        builder.ToTable("employer_departments");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Key).HasMaxLength(200);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(d => d.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.TenantId, d.EmployerId, d.Key }).IsUnique();
    }
}
