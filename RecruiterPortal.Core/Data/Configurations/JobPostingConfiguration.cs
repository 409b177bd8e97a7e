using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Company).HasMaxLength(200);
        builder.Property(p => p.Location).HasMaxLength(200);
        builder.Property(p => p.EmploymentType).HasMaxLength(20);
        builder.Property(p => p.SalaryCurrency).HasMaxLength(3);
        builder.Property(p => p.SalaryText).HasMaxLength(200);
        builder.Property(p => p.SalaryMin).HasPrecision(14, 2);
        builder.Property(p => p.SalaryMax).HasPrecision(14, 2);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.ApplicationStatus).HasMaxLength(20);
        builder.Property(p => p.Description).HasColumnType("text");
        builder.Property(p => p.ProfileJson).HasColumnType("text");
        builder.Property(p => p.OverridesJson).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TenantId, p.Status, p.UpdatedAt });
    }
}
