using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Identity;

namespace RecruiterPortal.Auth;

/// <summary>
/// Refuses deactivated users, records when a user last signed in, and writes every sign-in attempt
/// for a known user (success, failure, lock-out) to that user's tenant audit log.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    AuditLog audit,
    TimeProvider clock)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    /// <summary>
    /// The cookie's periodic check: besides the security stamp, a deactivated user's cookie is refused
    /// even if their stamp did not change.
    /// </summary>
    public override async Task<PortalUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsActive: true } ? user : null;
    }

    public override async Task SignInWithClaimsAsync(PortalUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await UserManager.UpdateAsync(user);
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName) ?? await UserManager.FindByEmailAsync(userName);
        var result = await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user, result, "password", "wrong password");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await RecordAsync(user, result, "password and authenticator code", "wrong authenticator code");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await RecordAsync(user, result, "password and recovery code", "wrong recovery code");
        return result;
    }

    /// <summary>
    /// An attempt for an unknown name belongs to no tenant and is only logged; a password accepted
    /// pending a second factor is recorded when that factor is given.
    /// </summary>
    private async Task RecordAsync(PortalUser? user, SignInResult result, string how, string failure)
    {
        if (user is null || result.RequiresTwoFactor)
        {
            return;
        }

        var (action, detail) = result switch
        {
            { Succeeded: true } => (AuditActions.SignInSucceeded, "Signed in with " + how),
            { IsLockedOut: true } => (AuditActions.SignInLockedOut, "Locked out after repeated failures"),
            { IsNotAllowed: true } => (AuditActions.SignInFailed, "Account deactivated or not allowed to sign in"),
            _ => (AuditActions.SignInFailed, "Refused: " + failure),
        };
        await audit.RecordForAsync(user.TenantId, user.Id, user.Email ?? user.UserName ?? user.Id.ToString(), action, AuditEntities.User, user.Id, detail,
            Context.Connection.RemoteIpAddress?.ToString());
    }
}
