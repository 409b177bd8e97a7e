using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Scoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class AiScoreConfiguration : IEntityTypeConfiguration<AiScore>
{
    public void Configure(EntityTypeBuilder<AiScore> builder)
    {
        builder.ToTable("ai_scores");
        builder.Property(s => s.Status).HasMaxLength(20);
        builder.Property(s => s.Source).HasMaxLength(20);
        builder.Property(s => s.AiProvider).HasMaxLength(50);
        builder.Property(s => s.AiModel).HasMaxLength(100);
        builder.Property(s => s.ErrorCode).HasMaxLength(50);
        builder.Property(s => s.Error).HasColumnType("text");
        builder.Property(s => s.AiScoreJson).HasColumnType("text");
        builder.Property(s => s.AiRawResponse).HasColumnType("text");
        builder.Property(s => s.Warnings).HasJsonListConversion();

        // Scores hold quotes of the resume: they go with the candidate (erasure) and with the posting.
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(s => s.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(s => s.JobPostingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TenantId, s.JobPostingId, s.CandidateId, s.CreatedAt });
    }
}

internal sealed class ScoreResolutionConfiguration : IEntityTypeConfiguration<ScoreResolution>
{
    public void Configure(EntityTypeBuilder<ScoreResolution> builder)
    {
        builder.ToTable("score_resolutions");
        builder.Property(r => r.ReviewReason).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AiScore>().WithMany().HasForeignKey(r => r.AiScoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.AiScoreId }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.JobPostingId, r.NeedsReview });
    }
}
