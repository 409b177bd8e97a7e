using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class WritingSampleConfiguration : IEntityTypeConfiguration<WritingSample>
{
    public void Configure(EntityTypeBuilder<WritingSample> builder)
    {
        builder.Property(s => s.DocumentType).HasMaxLength(20);
        builder.Property(s => s.OriginalFilename).HasMaxLength(255);
        builder.Property(s => s.OriginalText).HasColumnType("text");
        builder.Property(s => s.ExtractedStyleJson).HasColumnType("text");
        builder.Property(s => s.ExtractionStatus).HasMaxLength(20);
        builder.Property(s => s.ExtractionModel).HasMaxLength(100);
        builder.Property(s => s.ExtractionNote).HasMaxLength(1000);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(s => s.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TenantId, s.CandidateId, s.DocumentType, s.IsActive });
    }
}
