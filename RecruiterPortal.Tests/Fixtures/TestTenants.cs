using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Provisioning;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>Creates tenants, users and API keys through the portal's own services.</summary>
public static class TestTenants
{
    public const string Password = "correct horse battery staple";

    public static async Task<SeededTenant> CreateAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<TenantProvisioner>();
        var slug = TenantSlug.From(name);
        var tenant = (await provisioner.CreateTenantAsync(new NewTenant(name, $"owner@{slug}.test", Password, $"{name} Owner"))).Value
            ?? throw new InvalidOperationException($"Could not create tenant {name}.");
        foreach (var role in PortalRoles.All.Skip(1))
        {
            var added = await provisioner.AddUserAsync(tenant.Id, $"{role.ToLowerInvariant()}@{slug}.test", Password, $"{name} {role}", role);
            if (!added.IsSuccess)
            {
                throw new InvalidOperationException(added.Error);
            }
        }

        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        var secret = ApiKeySecret.Generate();
        await keys.RegisterAsync(tenant.Id, "test key", PortalRoles.Owner, secret);
        var viewerSecret = ApiKeySecret.Generate();
        await keys.RegisterAsync(tenant.Id, "viewer key", PortalRoles.Viewer, viewerSecret);
        return new SeededTenant(tenant.Id, name, slug, secret, viewerSecret);
    }
}
