using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class TailoredResumeConfiguration : IEntityTypeConfiguration<TailoredResume>
{
    public void Configure(EntityTypeBuilder<TailoredResume> builder)
    {
        builder.Property(t => t.Status).HasMaxLength(20);
        builder.Property(t => t.ProcessingStep).HasMaxLength(50);
        builder.Property(t => t.ProcessingError).HasColumnType("text");
        builder.Property(t => t.OriginalMarkdown).HasColumnType("text");
        builder.Property(t => t.TailoredMarkdown).HasColumnType("text");
        builder.Property(t => t.TailoredHtml).HasColumnType("text");
        builder.Property(t => t.JobTitle).HasMaxLength(200);
        builder.Property(t => t.JobCompany).HasMaxLength(200);
        builder.Property(t => t.AiProvider).HasMaxLength(50);
        builder.Property(t => t.AiModel).HasMaxLength(100);
        builder.Property(t => t.OriginalKeywords).HasJsonListConversion();
        builder.Property(t => t.TailoredKeywords).HasJsonListConversion();
        builder.Property(t => t.JobKeywords).HasJsonListConversion();
        builder.Property(t => t.MatchedSkills).HasJsonListConversion();
        builder.Property(t => t.MissingSkills).HasJsonListConversion();
        builder.Property(t => t.AddedSkills).HasJsonListConversion();
        builder.Property(t => t.Warnings).HasJsonListConversion();
        builder.Property(t => t.ImprovementsJson).HasColumnType("text");
        builder.Property(t => t.SkillComparisonJson).HasColumnType("text");
        builder.Property(t => t.OptionsJson).HasColumnType("text");
        builder.Property(t => t.RejectedChangesJson).HasColumnType("text");
        builder.Property(t => t.DeclinedImprovementsJson).HasColumnType("text");
        builder.Property(t => t.FinalMarkdown).HasColumnType("text");
        builder.Property(t => t.DocumentType).HasMaxLength(20);
        builder.Property(t => t.StyleJson).HasColumnType("text");
        builder.HasOne<RecruiterPortal.Core.CoverLetters.WritingSample>().WithMany().HasForeignKey(t => t.WritingSampleId).OnDelete(DeleteBehavior.SetNull);

        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(t => t.CandidateId).OnDelete(DeleteBehavior.Cascade);

        // Deleting a posting keeps the tailoring history; the copied job title and keywords remain.
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(t => t.JobPostingId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(t => new { t.TenantId, t.CandidateId, t.JobPostingId });
        builder.HasIndex(t => new { t.TenantId, t.CreatedAt });
        builder.HasOne<RecruiterPortal.Core.Bulk.TailorSession>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.SessionId);
    }
}
