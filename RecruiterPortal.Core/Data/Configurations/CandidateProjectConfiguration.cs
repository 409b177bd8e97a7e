using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class CandidateProjectConfiguration : IEntityTypeConfiguration<CandidateProject>
{
    public void Configure(EntityTypeBuilder<CandidateProject> builder)
    {
        // Ids are set when a row is created; this lets EF add rows found on a tracked candidate.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Description).HasColumnType("text");
        builder.Property(p => p.Url).HasMaxLength(500);
        builder.Property(p => p.Technologies).HasJsonListConversion();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TenantId, p.CandidateId, p.SortOrder });
    }
}
