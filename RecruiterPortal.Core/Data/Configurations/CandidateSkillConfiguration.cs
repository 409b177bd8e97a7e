using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class CandidateSkillConfiguration : IEntityTypeConfiguration<CandidateSkill>
{
    public void Configure(EntityTypeBuilder<CandidateSkill> builder)
    {
        // Ids are set when a row is created; this lets EF add rows found on a tracked candidate.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SkillName).HasMaxLength(150);
        builder.Property(s => s.Category).HasMaxLength(100);
        builder.Property(s => s.Source).HasMaxLength(20);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TenantId, s.CandidateId, s.SkillName }).IsUnique();

        // The skill= filter finds candidates by canonical skill name.
        builder.HasIndex(s => new { s.TenantId, s.SkillName });
    }
}
