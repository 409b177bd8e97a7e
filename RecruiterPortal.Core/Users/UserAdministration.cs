using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Users;

/// <summary>
/// What Owners and Admins do to their tenant's users: invite, change role, deactivate, reactivate,
/// reset a password, and require two-factor sign-in. The rules live here, not in the page: only an
/// Owner touches Owners or makes one, the last active Owner stays, nobody deactivates themselves,
/// and a user of another tenant answers like a missing one. The caller's role is read from the
/// database, so a demotion takes effect at once even while the caller's cookie still says otherwise.
/// Each operation runs in a DI scope of its own (fresh UserManager and context), so a long-lived
/// Blazor circuit never works on stale, tracked users.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, ITenantContext tenant, AuditLog audit, TimeProvider clock, IOptions<UserAccountOptions> options)
{
    public const string NotFound = "not_found";
    public const string Forbidden = "forbidden";
    public const string Invalid = "invalid";

    /// <summary>Creates a user without a password and returns the one-time link that lets them set it.</summary>
    public async Task<Result<SetPasswordLink>> InviteAsync(string? displayName, string? email, string role, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        await using var op = await OperationAsync(cancellationToken);
        if (op.Refusal is { } refused)
        {
            return Result<SetPasswordLink>.Fail(refused.Message, refused.Code);
        }

        email = email?.Trim() ?? "";
        displayName = displayName?.Trim() ?? "";
        if (displayName.Length is < 1 or > 200)
        {
            return Result<SetPasswordLink>.Fail("Enter the person's name (up to 200 characters).", Invalid);
        }

        if (email.Length is < 3 or > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            return Result<SetPasswordLink>.Fail("Enter a valid email address.", Invalid);
        }

        if (Refuse(op.Actor!, null, role) is { } refusal)
        {
            return Result<SetPasswordLink>.Fail(refusal, Forbidden);
        }

        var user = new PortalUser
        {
            TenantId = op.Actor!.TenantId,
            UserName = email,
            Email = email,
            DisplayName = displayName,
            Role = role,
            CreatedAt = Now,
        };
        var link = IssueLink(user);
        var created = await op.Users.CreateAsync(user);
        if (!created.Succeeded)
        {
            var duplicate = created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
            return Result<SetPasswordLink>.Fail(
                duplicate ? $"The email {email} already has an account." : string.Join(" ", created.Errors.Select(e => e.Description)),
                duplicate ? "exists" : Invalid);
        }

        await audit.RecordAsync(AuditActions.UserInvited, AuditEntities.User, user.Id, $"Invited as {role}", cancellationToken);
        return Result<SetPasswordLink>.Ok(link);
    }

    public async Task<Result<bool>> ChangeRoleAsync(Guid userId, string role, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        await using var op = await OperationAsync(cancellationToken);
        var (user, failure) = await TargetAsync(op, userId, cancellationToken);
        if (user is null)
        {
            return failure;
        }

        if (Refuse(op.Actor!, user, role) is { } refusal)
        {
            return Result<bool>.Fail(refusal, Forbidden);
        }

        if (user.Role == role)
        {
            return Result<bool>.Ok(false);
        }

        if (user.Role == PortalRoles.Owner && await IsLastActiveOwnerAsync(op, user, cancellationToken))
        {
            return Result<bool>.Fail("This is the organisation's last active Owner: make someone else an Owner first.", Forbidden);
        }

        var previous = user.Role;
        user.Role = role;

        // A new stamp ends the user's sessions within the revalidation interval; they sign in again with the new role.
        await SaveAsync(op, user);
        await audit.RecordAsync(AuditActions.UserRoleChanged, AuditEntities.User, user.Id, $"{previous} → {role}", cancellationToken);
        return Result<bool>.Ok(true);
    }

    /// <summary>Deactivates a user: their sessions end, pending links die, and the API keys they created are revoked.</summary>
    public async Task<Result<bool>> DeactivateAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        await using var op = await OperationAsync(cancellationToken);
        var (user, failure) = await TargetAsync(op, userId, cancellationToken);
        if (user is null)
        {
            return failure;
        }

        if (user.Id == op.Actor!.Id)
        {
            return Result<bool>.Fail("You cannot deactivate your own account. Ask another Admin or Owner.", Forbidden);
        }

        if (Refuse(op.Actor, user, null) is { } refusal)
        {
            return Result<bool>.Fail(refusal, Forbidden);
        }

        if (!user.IsActive)
        {
            return Result<bool>.Ok(false);
        }

        if (user.Role == PortalRoles.Owner && await IsLastActiveOwnerAsync(op, user, cancellationToken))
        {
            return Result<bool>.Fail("This is the organisation's last active Owner and cannot be deactivated.", Forbidden);
        }

        user.IsActive = false;
        user.InvitationTokenHash = null;
        user.InvitationExpiresAt = null;
        await SaveAsync(op, user);
        var revoked = await RevokeKeysOfAsync(op, user, Now, cancellationToken);
        await audit.RecordAsync(AuditActions.UserDeactivated, AuditEntities.User, user.Id,
            revoked.Count == 0 ? null : $"{revoked.Count} API key(s) revoked", cancellationToken);
        foreach (var keyId in revoked)
        {
            await audit.RecordAsync(AuditActions.ApiKeyRevoked, AuditEntities.ApiKey, keyId, "Creator deactivated", cancellationToken);
        }

        return Result<bool>.Ok(true);
    }

    public async Task<Result<bool>> ReactivateAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        await using var op = await OperationAsync(cancellationToken);
        var (user, failure) = await TargetAsync(op, userId, cancellationToken);
        if (user is null)
        {
            return failure;
        }

        if (Refuse(op.Actor!, user, null) is { } refusal)
        {
            return Result<bool>.Fail(refusal, Forbidden);
        }

        if (user.IsActive)
        {
            return Result<bool>.Ok(false);
        }

        user.IsActive = true;
        await SaveAsync(op, user);
        await audit.RecordAsync(AuditActions.UserReactivated, AuditEntities.User, user.Id, null, cancellationToken);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// Removes the user's password, ends their sessions and unlocks them; the returned one-time link
    /// lets them choose a new password. Two-factor sign-in, if set up, stays on.
    /// </summary>
    public async Task<Result<SetPasswordLink>> ResetPasswordAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        await using var op = await OperationAsync(cancellationToken);
        var (user, failure) = await TargetAsync(op, userId, cancellationToken);
        if (user is null)
        {
            return Result<SetPasswordLink>.Fail(failure.Error!, failure.Code!);
        }

        if (user.Id == op.Actor!.Id)
        {
            return Result<SetPasswordLink>.Fail("Change your own password under Profile and security.", Forbidden);
        }

        if (Refuse(op.Actor, user, null) is { } refusal)
        {
            return Result<SetPasswordLink>.Fail(refusal, Forbidden);
        }

        if (!user.IsActive)
        {
            return Result<SetPasswordLink>.Fail("This account is deactivated: reactivate it first.", Invalid);
        }

        user.PasswordHash = null;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var link = IssueLink(user);
        await SaveAsync(op, user);
        await audit.RecordAsync(AuditActions.UserPasswordReset, AuditEntities.User, user.Id, null, cancellationToken);
        return Result<SetPasswordLink>.Ok(link);
    }

    public async Task<bool> IsTwoFactorRequiredAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? Guid.Empty;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.RequireTwoFactor).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Turns the tenant's "two-factor sign-in for everyone" on or off.</summary>
    public async Task<Result<bool>> SetTwoFactorRequiredAsync(bool required, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        await using var op = await OperationAsync(cancellationToken);
        if (op.Refusal is { } refused)
        {
            return Result<bool>.Fail(refused.Message, refused.Code);
        }

        var entity = await op.Db.Tenants.SingleAsync(t => t.Id == op.Actor!.TenantId, cancellationToken);
        if (entity.RequireTwoFactor == required)
        {
            return Result<bool>.Ok(false);
        }

        entity.RequireTwoFactor = required;
        await op.Db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.TwoFactorRequirementChanged, AuditEntities.Settings, entity.Id, required ? "Required for everyone" : "Optional", cancellationToken);
        return Result<bool>.Ok(true);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Why the actor may not act on <paramref name="target"/> (null for a new user) or give
    /// <paramref name="newRole"/> (null when the role does not change); null when allowed.
    /// </summary>
    private static string? Refuse(PortalUser actor, PortalUser? target, string? newRole)
    {
        if (newRole is not null && !PortalRoles.IsValid(newRole))
        {
            return $"Choose a role: {string.Join(", ", PortalRoles.All)}.";
        }

        if (actor.Role == PortalRoles.Owner)
        {
            return null;
        }

        if (target?.Role == PortalRoles.Owner)
        {
            return "Only an Owner can change, deactivate or reset another Owner.";
        }

        return newRole == PortalRoles.Owner ? "Only an Owner can make someone an Owner." : null;
    }

    private SetPasswordLink IssueLink(PortalUser user)
    {
        var token = InvitationToken.Generate();
        var expires = Now.AddDays(options.Value.InvitationValidDays);
        user.InvitationTokenHash = InvitationToken.Hash(token);
        user.InvitationExpiresAt = expires;
        return new SetPasswordLink(user.Id, token, expires);
    }

    private static async Task SaveAsync(Operation op, PortalUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString();
        var result = await op.Users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static async Task<bool> IsLastActiveOwnerAsync(Operation op, PortalUser owner, CancellationToken cancellationToken) =>
        owner.IsActive && !await op.Db.Users.AnyAsync(
            u => u.TenantId == owner.TenantId && u.Id != owner.Id && u.IsActive && u.Role == PortalRoles.Owner, cancellationToken);

    private static async Task<IReadOnlyList<Guid>> RevokeKeysOfAsync(Operation op, PortalUser user, DateTime now, CancellationToken cancellationToken)
    {
        var keys = await op.Db.ApiKeys.IgnoreQueryFilters()
            .Where(k => k.TenantId == user.TenantId && k.CreatedByUserId == user.Id && k.RevokedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            key.RevokedAt = now;
        }

        await op.Db.SaveChangesAsync(cancellationToken);
        return keys.Select(k => k.Id).ToList();
    }

    private static async Task<(PortalUser? User, Result<bool> Failure)> TargetAsync(Operation op, Guid userId, CancellationToken cancellationToken)
    {
        if (op.Refusal is { } refused)
        {
            return (null, Result<bool>.Fail(refused.Message, refused.Code));
        }

        // Another tenant's user answers exactly like a missing one.
        var user = await op.Db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.TenantId == op.Actor!.TenantId, cancellationToken);
        return user is null
            ? (null, Result<bool>.Fail("There is no such user in your organisation.", NotFound))
            : (user, default);
    }

    private async Task<Operation> OperationAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        var op = new Operation(scope, scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), scope.ServiceProvider.GetRequiredService<PortalDbContext>());
        var actor = tenant.UserId is { } actorId && tenant.TenantId is { } tenantId && tenant.ApiKeyName is null
            ? await op.Db.Users.SingleOrDefaultAsync(u => u.Id == actorId && u.TenantId == tenantId && u.IsActive, cancellationToken)
            : null;
        op.Actor = actor;
        if (actor is null || !PortalRoles.Includes(actor.Role, PortalRoles.Admin))
        {
            op.Refusal = ("Only Owners and Admins can manage users.", Forbidden);
        }

        return op;
    }

    private sealed class Operation(AsyncServiceScope scope, UserManager<PortalUser> users, PortalDbContext db) : IAsyncDisposable
    {
        public UserManager<PortalUser> Users { get; } = users;

        public PortalDbContext Db { get; } = db;

        public PortalUser? Actor { get; set; }

        public (string Message, string Code)? Refusal { get; set; }

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
