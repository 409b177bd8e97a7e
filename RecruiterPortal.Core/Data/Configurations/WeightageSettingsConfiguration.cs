using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class WeightageSettingsConfiguration : IEntityTypeConfiguration<WeightageSettings>
{
    public void Configure(EntityTypeBuilder<WeightageSettings> builder)
    {
        builder.ToTable("weightage_profiles");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(w => w.TenantId).OnDelete(DeleteBehavior.Cascade);

        // One default profile per tenant.
        builder.HasIndex(w => w.TenantId).IsUnique();
    }
}
