using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Web;

/// <summary>Stores a candidate and a tailoring of their resume in a tenant, as the pipeline would leave them.</summary>
internal static class TailorExportSeed
{
    public static async Task<Guid> TailoringAsync(IServiceProvider services, Guid tenantId, string status, string tailoredMarkdown, string? finalMarkdown = null)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var candidate = new Candidate { TenantId = tenantId, FullName = "Priya Raman", Email = "priya.raman@example.com" };
        var tailoring = new TailoredResume
        {
            TenantId = tenantId,
            CandidateId = candidate.Id,
            Status = status,
            TailoredMarkdown = status == TailoredResumeStatuses.Completed ? tailoredMarkdown : null,
            FinalMarkdown = finalMarkdown,
            JobTitle = "Senior Backend Engineer",
            JobCompany = "Acme Pay",
        };
        db.Add(candidate);
        db.Add(tailoring);
        await db.SaveChangesAsync();
        return tailoring.Id;
    }
}
