namespace RecruiterPortal.Core.Users;

/// <summary>A user as the tenant's user list shows them.</summary>
public sealed record TenantUserSummary(
    Guid Id,
    string DisplayName,
    string Email,
    string Role,
    bool IsActive,
    DateTime? LastSignInAt,
    bool TwoFactorEnabled,
    DateTime CreatedAt,
    bool HasPassword = true,
    DateTime? InvitationExpiresAt = null)
{
    /// <summary>Invited (or reset) and has not yet set a password with the link.</summary>
    public bool IsPending => !HasPassword;
}
