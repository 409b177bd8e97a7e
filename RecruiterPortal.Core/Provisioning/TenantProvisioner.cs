using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Provisioning;

/// <summary>
/// Creates a tenant with its first user in one transaction: used by organisation sign-up, the
/// first-run set-up page, <c>Bootstrap:*</c> settings and the demo seed.
/// </summary>
public sealed class TenantProvisioner(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    public async Task<Result<Tenant>> CreateTenantAsync(NewTenant request, CancellationToken cancellationToken = default)
    {
        var name = request.TenantName?.Trim() ?? "";
        if (name.Length is < 2 or > 200)
        {
            return Result<Tenant>.Fail("The organisation name must be 2 to 200 characters.", "invalid");
        }

        if (await db.Tenants.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return Result<Tenant>.Fail($"An organisation named '{name}' already exists.", "exists");
        }

        var tenant = new Tenant { Name = name, Slug = await UniqueSlugAsync(name, cancellationToken), CreatedAt = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);

        var owner = await AddUserAsync(tenant.Id, request.OwnerEmail, request.OwnerPassword, request.OwnerDisplayName, PortalRoles.Owner);
        if (!owner.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Result<Tenant>.Fail(owner.Error!, owner.Code!);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<Tenant>.Ok(tenant);
    }

    /// <summary>Adds a user with a role to an existing tenant (demo seed, admin invitations).</summary>
    public async Task<Result<PortalUser>> AddUserAsync(Guid tenantId, string? email, string? password, string? displayName, string role)
    {
        email = email?.Trim() ?? "";
        if (email.Length == 0 || !email.Contains('@'))
        {
            return Result<PortalUser>.Fail("Enter a valid email address.", "invalid");
        }

        var user = new PortalUser
        {
            TenantId = tenantId,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(),
            Role = role,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            var duplicate = created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
            return Result<PortalUser>.Fail(
                duplicate ? $"The email {email} is already registered." : string.Join(" ", created.Errors.Select(e => e.Description)),
                duplicate ? "exists" : "invalid");
        }

        return Result<PortalUser>.Ok(user);
    }

    private async Task<string> UniqueSlugAsync(string name, CancellationToken cancellationToken)
    {
        var baseSlug = TenantSlug.From(name);
        var slug = baseSlug;
        for (var n = 2; await db.Tenants.AnyAsync(t => t.Slug == slug, cancellationToken); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }
}
