using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Reports;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.JobTitle).HasMaxLength(200);
        builder.Property(r => r.JobCompany).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.WeightsJson).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(r => r.JobPostingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.TenantId, r.CreatedAt });
        builder.HasIndex(r => new { r.TenantId, r.JobPostingId });
    }
}

internal sealed class ReportRowConfiguration : IEntityTypeConfiguration<ReportRow>
{
    public void Configure(EntityTypeBuilder<ReportRow> builder)
    {
        builder.ToTable("report_rows");
        builder.Property(r => r.CandidateName).HasMaxLength(200);
        builder.Property(r => r.CandidateTitle).HasMaxLength(200);
        builder.Property(r => r.ComponentsJson).HasColumnType("text");
        builder.Property(r => r.MatchedSkills).HasJsonListConversion();
        builder.Property(r => r.MissingSkills).HasJsonListConversion();
        builder.Property(r => r.VerdictsJson).HasColumnType("text");
        builder.Property(r => r.Explanation).HasColumnType("text");
        builder.Property(r => r.AiVerdictSummary).HasColumnType("text");
        builder.Property(r => r.TailoringStatus).HasMaxLength(20);

        // Rows are copies: no key to the candidate or tailoring, so nothing about them changes the row.
        // Erasure removes a candidate's rows explicitly (docs/privacy.md).
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Report>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.ReportId, r.Rank });
        builder.HasIndex(r => new { r.TenantId, r.CandidateId });
    }
}
