using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Provisioning;

/// <summary>Creates the demo tenant and one user per role; idempotent.</summary>
public sealed class DemoSeeder(PortalDbContext db, TenantProvisioner provisioner, DemoResumes demoResumes, DemoJobPostings demoJobPostings, Reports.DemoReports demoReports, Scoring.DemoAiScores demoAiScores, CoverLetters.DemoWritingSamples demoWritingSamples)
{
    public async Task<IReadOnlyList<string>> SeedAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Name == options.TenantName, cancellationToken);
        var accounts = PortalRoles.All.Select(role => (Role: role, Email: $"{role.ToLowerInvariant()}@{options.EmailDomain}")).ToList();
        if (tenant is null)
        {
            var owner = accounts[0];
            var created = await provisioner.CreateTenantAsync(new NewTenant(options.TenantName, owner.Email, options.Password, "Olivia Owner"), cancellationToken);
            tenant = created.Value ?? throw new PortalStartupException($"The demo tenant could not be created: {created.Error}");
            foreach (var (role, email) in accounts.Skip(1))
            {
                var added = await provisioner.AddUserAsync(tenant.Id, email, options.Password, $"{DemoNames[role]} {role}", role);
                if (!added.IsSuccess)
                {
                    throw new PortalStartupException($"The demo user {email} could not be created: {added.Error}");
                }
            }
        }

        await demoResumes.SeedAsync(tenant.Id, cancellationToken);

        // Three more people whose employers are written differently from the first eight's
        // ("Harbor Payments Inc", "Delta Freight Services LLC"): the employers page shows them grouped.
        await demoResumes.SeedFromAsync(tenant.Id, Employers.DemoEmployers.ResourcePrefix, cancellationToken);
        await demoJobPostings.SeedAsync(tenant.Id, cancellationToken);
        await demoAiScores.SeedAsync(tenant.Id, cancellationToken);
        await demoReports.SeedAsync(tenant.Id, cancellationToken);
        await demoWritingSamples.SeedAsync(tenant.Id, cancellationToken);
        var notes = new List<string> { $"Demo tenant \"{tenant.Name}\" — sign in with any of these (password: {options.Password}):" };
        notes.AddRange(accounts.Select(a => $"  {a.Role,-10} {a.Email}"));
        return notes;
    }

    private static readonly Dictionary<string, string> DemoNames = new()
    {
        [PortalRoles.Admin] = "Adam",
        [PortalRoles.Recruiter] = "Rita",
        [PortalRoles.Viewer] = "Victor",
    };
}
