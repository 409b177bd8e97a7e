using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data.Configurations;

internal sealed class AnalysisResumeConfiguration : IEntityTypeConfiguration<ResumeAnalysis>
{
    public void Configure(EntityTypeBuilder<ResumeAnalysis> builder)
    {
        builder.Property(a => a.ComponentsJson).HasColumnType("text");
        builder.Property(a => a.MatchedSkills).HasJsonListConversion();
        builder.Property(a => a.MissingSkills).HasJsonListConversion();
        builder.Property(a => a.Explanation).HasColumnType("text");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Resume>().WithMany().HasForeignKey(a => a.ResumeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(a => a.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AnalysisSession>().WithMany().HasForeignKey(a => a.AnalysisSessionId).OnDelete(DeleteBehavior.Cascade);

        // A resume is scored once per session; "not analysed yet" is a lookup on this index.
        builder.HasIndex(a => new { a.TenantId, a.ResumeId, a.AnalysisSessionId }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.AnalysisSessionId, a.Score });
    }
}
