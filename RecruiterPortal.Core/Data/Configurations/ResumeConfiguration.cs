using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class ResumeConfiguration : IEntityTypeConfiguration<Resume>
{
    public void Configure(EntityTypeBuilder<Resume> builder)
    {
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Format).HasMaxLength(10);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(1000);
        builder.Property(r => r.ErrorCode).HasMaxLength(50);
        builder.Property(r => r.RawText).HasColumnType("text");
        builder.Property(r => r.ParsedJson).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UploadBatch>().WithMany().HasForeignKey(r => r.UploadBatchId).OnDelete(DeleteBehavior.SetNull);

        // Not unique: a byte-identical re-upload gets its own row with status duplicate.
        builder.HasIndex(r => new { r.TenantId, r.Sha256 });
        builder.HasIndex(r => new { r.TenantId, r.CandidateId, r.VersionNumber });
        builder.HasIndex(r => new { r.TenantId, r.UploadBatchId });
    }
}
