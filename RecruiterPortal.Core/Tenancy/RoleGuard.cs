namespace RecruiterPortal.Core.Tenancy;

/// <summary>
/// The role check every changing operation makes in the service layer, whatever called it: a page's
/// button, an API endpoint or a test. Pages hide what a role cannot do and the API's policies refuse
/// it first; this is the check that holds if either is missed. Without a tenant nothing is allowed.
/// A tenant without a role is the portal's own work (a pipeline job acting for a tenant): every web
/// entry point, cookie or API key, carries the caller's role.
/// </summary>
public static class RoleGuard
{
    /// <summary>Throws <see cref="RoleDeniedException"/> when the caller's role is below <paramref name="required"/>.</summary>
    public static void Demand(this ITenantContext tenant, string required)
    {
        if (tenant.TenantId is null || (tenant.Role is { } role && !PortalRoles.Includes(role, required)))
        {
            throw new RoleDeniedException(tenant.TenantId is null ? null : tenant.Role, required);
        }
    }
}

/// <summary>The caller's role does not allow the operation; the API answers 403, a page says so.</summary>
public sealed class RoleDeniedException(string? role, string required)
    : UnauthorizedAccessException(role is null
        ? $"Sign in with the {required} role or above to do this."
        : $"This needs the {required} role or above; you are signed in as {role}.")
{
    /// <summary>The caller's role; null when nobody is signed in.</summary>
    public string? Role { get; } = role;

    public string Required { get; } = required;
}
