using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Identity;

/// <summary>Puts the user's tenant, tenant name, role and display name into the sign-in cookie.</summary>
public sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> users, IOptions<IdentityOptions> options, PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var tenantName = await db.Tenants.Where(t => t.Id == user.TenantId).Select(t => t.Name).SingleOrDefaultAsync();
        identity.AddClaim(new Claim(PortalClaims.TenantId, user.TenantId.ToString()));
        identity.AddClaim(new Claim(PortalClaims.TenantName, tenantName ?? ""));
        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        return identity;
    }
}
