using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class PipelineCheckpointConfiguration : IEntityTypeConfiguration<PipelineCheckpoint>
{
    public void Configure(EntityTypeBuilder<PipelineCheckpoint> builder)
    {
        builder.Property(c => c.Step).HasMaxLength(100);
        builder.Property(c => c.StateJson).Metadata.SetMaxLength(null);
        builder.HasOne<PipelineJob>().WithMany().HasForeignKey(c => c.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TenantId, c.JobId, c.Step }).IsUnique();
    }
}
