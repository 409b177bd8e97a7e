using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class PipelineJobConfiguration : IEntityTypeConfiguration<PipelineJob>
{
    public void Configure(EntityTypeBuilder<PipelineJob> builder)
    {
        builder.Property(j => j.Kind).HasMaxLength(100);
        builder.Property(j => j.Status).HasMaxLength(20);
        builder.Property(j => j.Step).HasMaxLength(100);
        builder.Property(j => j.Message).HasMaxLength(PipelineLimits.MessageLength);
        builder.Property(j => j.Error).HasMaxLength(PipelineLimits.ErrorLength);
        builder.Property(j => j.ErrorCode).HasMaxLength(100);
        builder.Property(j => j.WorkerId).HasMaxLength(200);

        // Payloads and results are documents of any size: no 4000-character default.
        builder.Property(j => j.PayloadJson).Metadata.SetMaxLength(null);
        builder.Property(j => j.ResultJson).Metadata.SetMaxLength(null);

        builder.HasOne<Tenant>().WithMany().HasForeignKey(j => j.TenantId).OnDelete(DeleteBehavior.Cascade);

        // Claiming scans queued jobs that are due, across tenants, by priority then age.
        builder.HasIndex(j => new { j.Status, j.RunAfter, j.Priority, j.CreatedAt });
        builder.HasIndex(j => new { j.TenantId, j.CorrelationId });
    }
}
