using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class StoredBlobContentConfiguration : IEntityTypeConfiguration<BlobContent>
{
    public void Configure(EntityTypeBuilder<BlobContent> builder)
    {
        builder.Property(b => b.Sha256).HasMaxLength(64);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(b => b.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.TenantId, b.Sha256 }).IsUnique();
    }
}
