using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class CandidateExperienceConfiguration : IEntityTypeConfiguration<CandidateExperience>
{
    public void Configure(EntityTypeBuilder<CandidateExperience> builder)
    {
        // Ids are set when a row is created; this lets EF add rows found on a tracked candidate.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Company).HasMaxLength(300);
        builder.Property(e => e.Location).HasMaxLength(200);
        builder.Property(e => e.StartDate).HasMaxLength(7);
        builder.Property(e => e.EndDate).HasMaxLength(7);
        builder.Property(e => e.Bullets).HasJsonListConversion();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TenantId, e.CandidateId, e.SortOrder });
        builder.Property(e => e.Department).HasMaxLength(200);
        builder.HasOne<Employers.Employer>().WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.SetNull);

        // The employer_id= filter finds everyone who worked at an employer.
        builder.HasIndex(e => new { e.TenantId, e.EmployerId });
    }
}
