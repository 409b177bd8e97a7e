using Microsoft.AspNetCore.Identity;

namespace RecruiterPortal.Core.Identity;

/// <summary>
/// A person who signs in. Each user belongs to exactly one tenant and holds one tenant role.
/// Users are looked up by email before any tenant is known (sign-in), so the user table is global
/// and email is unique across the portal; tenant-scoped user management filters explicitly.
/// </summary>
public class PortalUser : IdentityUser<Guid>
{
    public PortalUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public Guid TenantId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>One of <see cref="Tenancy.PortalRoles"/>.</summary>
    public string Role { get; set; } = Tenancy.PortalRoles.Viewer;

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastSignInAt { get; set; }

    /// <summary>
    /// SHA-256 of the one-time link that lets the user set a password (an invitation or an admin's
    /// password reset); null when no link is outstanding. The link itself is never stored.
    /// </summary>
    public string? InvitationTokenHash { get; set; }

    public DateTime? InvitationExpiresAt { get; set; }
}
