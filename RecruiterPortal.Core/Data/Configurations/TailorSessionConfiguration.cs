using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Bulk;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class TailorSessionConfiguration : IEntityTypeConfiguration<TailorSession>
{
    public void Configure(EntityTypeBuilder<TailorSession> builder)
    {
        builder.Property(s => s.Status).HasMaxLength(20);
        builder.Property(s => s.JobTitle).HasMaxLength(200);
        builder.Property(s => s.OptionsJson).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(s => s.JobPostingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.TenantId, s.CreatedAt });
    }
}
