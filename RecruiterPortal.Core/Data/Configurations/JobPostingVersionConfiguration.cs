using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class JobPostingVersionConfiguration : IEntityTypeConfiguration<JobPostingVersion>
{
    public void Configure(EntityTypeBuilder<JobPostingVersion> builder)
    {
        builder.ToTable("jd_versions");
        builder.Property(v => v.SnapshotJson).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(v => v.JobPostingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.TenantId, v.JobPostingId, v.VersionNumber }).IsUnique();
    }
}
