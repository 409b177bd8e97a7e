using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.TenantId, u.Role });
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Property(u => u.InvitationTokenHash).HasMaxLength(64);
        builder.HasIndex(u => u.InvitationTokenHash);
    }
}
