using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Settings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class TenantSettingsConfiguration : IEntityTypeConfiguration<TenantSettings>
{
    public void Configure(EntityTypeBuilder<TenantSettings> builder)
    {
        builder.ToTable("tenant_settings");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);

        // One settings row per tenant.
        builder.HasIndex(s => s.TenantId).IsUnique();
        builder.Property(s => s.AiProvider).HasMaxLength(40);
        builder.Property(s => s.AiEndpoint).HasMaxLength(500);
        builder.Property(s => s.AiModel).HasMaxLength(200);
    }
}
