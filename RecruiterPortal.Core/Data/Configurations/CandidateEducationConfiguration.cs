using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class CandidateEducationConfiguration : IEntityTypeConfiguration<CandidateEducation>
{
    public void Configure(EntityTypeBuilder<CandidateEducation> builder)
    {
        // Ids are set when a row is created; this lets EF add rows found on a tracked candidate.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Institution).HasMaxLength(300);
        builder.Property(e => e.Degree).HasMaxLength(300);
        builder.Property(e => e.FieldOfStudy).HasMaxLength(300);
        builder.Property(e => e.StartDate).HasMaxLength(7);
        builder.Property(e => e.EndDate).HasMaxLength(7);
        builder.Property(e => e.Gpa).HasMaxLength(20);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TenantId, e.CandidateId, e.SortOrder });
    }
}
