using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.Property(c => c.FullName).HasMaxLength(200);
        // Encrypted at rest: room for the protected form of a 320-character email and a 50-character phone.
        builder.Property(c => c.Email).HasMaxLength(1000);
        builder.Property(c => c.EmailHash).HasMaxLength(64);
        builder.Property(c => c.Phone).HasMaxLength(400);
        builder.Property(c => c.PhoneHash).HasMaxLength(64);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.LinkedinUrl).HasMaxLength(500);
        builder.Property(c => c.GithubUrl).HasMaxLength(500);
        builder.Property(c => c.Website).HasMaxLength(500);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Summary).HasColumnType("text");
        builder.Property(c => c.Certifications).HasJsonListConversion();
        builder.Property(c => c.Languages).HasJsonListConversion();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(c => c.Experience).WithOne().HasForeignKey(e => e.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Education).WithOne().HasForeignKey(e => e.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Projects).WithOne().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Skills).WithOne().HasForeignKey(s => s.CandidateId).OnDelete(DeleteBehavior.Cascade);

        // Person de-duplication looks candidates up by the keyed hash of email, then of phone, within the tenant.
        builder.HasIndex(c => new { c.TenantId, c.EmailHash });
        builder.HasIndex(c => new { c.TenantId, c.PhoneHash });
        builder.HasIndex(c => new { c.TenantId, c.UpdatedAt });
    }
}
