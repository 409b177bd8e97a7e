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

    /// <summary>
    /// One active sample per candidate and document type, held by the database too: a unique index
    /// over the active rows only. The filter is SQL, and the two providers spell "true" differently
    /// (SQLite stores booleans as 0/1, PostgreSQL has a boolean type), so each context passes its own.
    /// </summary>
    public static void OneActivePerCandidateAndType(ModelBuilder builder, string trueLiteral) =>
        builder.Entity<WritingSample>()
            .HasIndex(s => new { s.TenantId, s.CandidateId, s.DocumentType }, "ux_writing_samples_active")
            .IsUnique()
            .HasFilter($"\"is_active\" = {trueLiteral}");
}
