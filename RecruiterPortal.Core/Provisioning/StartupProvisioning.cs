using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Provisioning;

/// <summary>Runs <c>Bootstrap:*</c> and the demo seed once the database is ready.</summary>
public sealed class StartupProvisioning(
    IServiceScopeFactory scopes,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<DemoOptions> demo,
    ILogger<StartupProvisioning> logger)
{
    /// <summary>Lines to print on the console for the person who started the portal.</summary>
    public List<string> ConsoleNotes { get; } = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(bootstrap.Value.TenantName))
        {
            await BootstrapAsync(bootstrap.Value, cancellationToken);
        }

        if (demo.Value.Enabled)
        {
            await using var scope = scopes.CreateAsyncScope();
            var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider);
            ConsoleNotes.AddRange(await seeder.SeedAsync(demo.Value, cancellationToken));
        }

        await BackfillEmployersAsync(cancellationToken);
    }

    /// <summary>Links experience rows saved before employers existed to their canonical employer (docs/employers.md).</summary>
    private async Task BackfillEmployersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var linked = await scope.ServiceProvider.GetRequiredService<Employers.EmployerService>().BackfillAllAsync(cancellationToken);
        if (linked > 0)
        {
            logger.LogInformation("Linked {Count} experience entries to their employers", linked);
        }
    }

    private async Task BootstrapAsync(BootstrapOptions options, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var name = options.TenantName!.Trim();
        if (await db.Tenants.AnyAsync(t => t.Name == name, cancellationToken))
        {
            logger.LogInformation("Bootstrap tenant {Tenant} exists; nothing to do", name);
            return;
        }

        var created = await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
            .CreateTenantAsync(new NewTenant(name, options.AdminEmail, options.AdminPassword), cancellationToken);
        if (!created.IsSuccess)
        {
            throw new PortalStartupException($"Bootstrap could not create tenant '{name}': {created.Error} Check Bootstrap:AdminEmail and Bootstrap:AdminPassword.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            if (options.ApiKey.Length < ApiKeySecret.MinLength)
            {
                throw new PortalStartupException($"Bootstrap:ApiKey must be at least {ApiKeySecret.MinLength} characters.");
            }

            await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                .RegisterAsync(created.Value!.Id, "Bootstrap key", PortalRoles.Owner, options.ApiKey, cancellationToken);
        }

        logger.LogInformation("Bootstrap created tenant {Tenant} with owner {Email}", name, options.AdminEmail);
    }
}
