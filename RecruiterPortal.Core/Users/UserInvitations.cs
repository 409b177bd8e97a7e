using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Identity;

namespace RecruiterPortal.Core.Users;

/// <summary>
/// Redeems a one-time set-password link (an invitation or an admin's reset) for a person who is not
/// signed in. A link works once, until it expires, and only for an active user.
/// </summary>
public sealed class UserInvitations(PortalDbContext db, UserManager<PortalUser> users, AuditLog audit, TimeProvider clock)
{
    public const string InvalidLink = "This link is not valid any more: it was used, replaced or has expired. Ask an Admin of your organisation for a new one.";

    /// <summary>The email the link is for, or a failure saying the link cannot be used.</summary>
    public async Task<Result<string>> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(token, cancellationToken);
        return user is null ? Result<string>.Fail(InvalidLink, "invalid_link") : Result<string>.Ok(user.Email ?? "");
    }

    public async Task<Result<string>> SetPasswordAsync(string? token, string password, string? origin, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(token, cancellationToken);
        if (user is null)
        {
            return Result<string>.Fail(InvalidLink, "invalid_link");
        }

        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded)
            {
                return Result<string>.Fail(string.Join(" ", valid.Errors.Select(e => e.Description)), "invalid");
            }
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.InvitationTokenHash = null;
        user.InvitationExpiresAt = null;
        user.EmailConfirmed = true;
        user.SecurityStamp = Guid.NewGuid().ToString();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Result<string>.Fail(string.Join(" ", updated.Errors.Select(e => e.Description)), "invalid");
        }

        await audit.RecordForAsync(user.TenantId, user.Id, user.Email ?? user.Id.ToString(), AuditActions.UserPasswordSet, AuditEntities.User, user.Id,
            "Password set with a one-time link", origin, cancellationToken);
        return Result<string>.Ok(user.Email ?? "");
    }

    private async Task<PortalUser?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = InvitationToken.Hash(token.Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Users.SingleOrDefaultAsync(
            u => u.InvitationTokenHash == hash && u.InvitationExpiresAt > now && u.IsActive, cancellationToken);
    }
}
