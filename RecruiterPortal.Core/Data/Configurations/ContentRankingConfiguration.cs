using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class ContentRankingConfiguration : IEntityTypeConfiguration<ContentRanking>
{
    public void Configure(EntityTypeBuilder<ContentRanking> builder)
    {
        builder.Property(r => r.ExperiencesJson).HasColumnType("text");
        builder.Property(r => r.ProjectsJson).HasColumnType("text");
        builder.Property(r => r.SkillsJson).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(r => r.JobPostingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.CandidateId, r.JobPostingId }).IsUnique();
    }
}
