using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Monitoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class ErrorLogEntryConfiguration : IEntityTypeConfiguration<ErrorLogEntry>
{
    public void Configure(EntityTypeBuilder<ErrorLogEntry> builder)
    {
        builder.ToTable("error_logs");
        builder.Property(e => e.Source).HasMaxLength(32);
        builder.Property(e => e.Reference).HasMaxLength(101);
        builder.Property(e => e.Where).HasMaxLength(301);
        builder.Property(e => e.ExceptionType).HasMaxLength(201);
        builder.Property(e => e.Message).HasMaxLength(ErrorLog.MaxMessageLength + 1);
        builder.Property(e => e.Detail).HasMaxLength(ErrorLog.MaxDetailLength + 1);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TenantId, e.OccurredAt });
        builder.HasIndex(e => new { e.TenantId, e.Reference });
    }
}
