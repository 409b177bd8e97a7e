using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Core.Users;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>The user-administration rules, through the Core service the users page calls, on a real SQLite portal.</summary>
public sealed class UsersAdministrationTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private SeededTenant _alpha = null!;
    private SeededTenant _beta = null!;

    public async Task InitializeAsync()
    {
        _alpha = await TestTenants.CreateAsync(_portal.Services, "Users Alpha");
        _beta = await TestTenants.CreateAsync(_portal.Services, "Users Beta");
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_admin_cannot_change_deactivate_or_reset_an_owner_nor_make_anyone_owner()
    {
        var owner = await IdOfAsync(_alpha, PortalRoles.Owner);
        var recruiter = await IdOfAsync(_alpha, PortalRoles.Recruiter);

        var results = await AsAsync(_alpha, PortalRoles.Admin, async admin => new[]
        {
            (await admin.ChangeRoleAsync(owner, PortalRoles.Viewer)).Error,
            (await admin.DeactivateAsync(owner)).Error,
            (await admin.ResetPasswordAsync(owner)).Error,
            (await admin.ChangeRoleAsync(recruiter, PortalRoles.Owner)).Error,
            (await admin.InviteAsync("New Owner", "new-owner@users-alpha.test", PortalRoles.Owner)).Error,
        });

        Assert.Equal("Only an Owner can change, deactivate or reset another Owner.", results[0]);
        Assert.Equal(results[0], results[1]);
        Assert.Equal(results[0], results[2]);
        Assert.Equal("Only an Owner can make someone an Owner.", results[3]);
        Assert.Equal(results[3], results[4]);
        var user = await UserAsync(owner);
        Assert.True(user.IsActive);
        Assert.Equal(PortalRoles.Owner, user.Role);
        Assert.NotNull(user.PasswordHash);
        Assert.Equal(PortalRoles.Recruiter, (await UserAsync(recruiter)).Role);

        // What an Admin may not do, an Owner may.
        var promoted = await AsAsync(_alpha, PortalRoles.Owner, owner => owner.ChangeRoleAsync(recruiter, PortalRoles.Owner));
        Assert.True(promoted.Value);
        Assert.Equal(PortalRoles.Owner, (await UserAsync(recruiter)).Role);
    }

    [Fact]
    public async Task The_last_active_owner_cannot_be_demoted_until_there_is_another()
    {
        var owner = await IdOfAsync(_alpha, PortalRoles.Owner);
        var admin = await IdOfAsync(_alpha, PortalRoles.Admin);

        var refused = await AsAsync(_alpha, PortalRoles.Owner, o => o.ChangeRoleAsync(owner, PortalRoles.Admin));
        Assert.Equal("forbidden", refused.Code);
        Assert.Contains("last active Owner", refused.Error, StringComparison.Ordinal);

        // A deactivated second Owner does not count.
        Assert.True((await AsAsync(_alpha, PortalRoles.Owner, o => o.ChangeRoleAsync(admin, PortalRoles.Owner))).Value);
        Assert.True((await AsAsync(_alpha, PortalRoles.Owner, o => o.DeactivateAsync(admin))).Value);
        Assert.Contains("last active Owner", (await AsAsync(_alpha, PortalRoles.Owner, o => o.ChangeRoleAsync(owner, PortalRoles.Admin))).Error, StringComparison.Ordinal);

        Assert.True((await AsAsync(_alpha, PortalRoles.Owner, o => o.ReactivateAsync(admin))).Value);
        Assert.True((await AsAsync(_alpha, PortalRoles.Owner, o => o.ChangeRoleAsync(owner, PortalRoles.Admin))).Value);
        Assert.Equal(PortalRoles.Admin, (await UserAsync(owner)).Role);
    }

    [Fact]
    public async Task Nobody_can_deactivate_themselves()
    {
        foreach (var role in new[] { PortalRoles.Owner, PortalRoles.Admin })
        {
            var self = await IdOfAsync(_alpha, role);
            var result = await AsAsync(_alpha, role, a => a.DeactivateAsync(self));
            Assert.Equal("You cannot deactivate your own account. Ask another Admin or Owner.", result.Error);
            Assert.True((await UserAsync(self)).IsActive);
        }
    }

    [Fact]
    public async Task A_user_of_another_tenant_answers_like_a_missing_one()
    {
        var foreign = await IdOfAsync(_beta, PortalRoles.Recruiter);

        var missing = await AsAsync(_alpha, PortalRoles.Owner, o => o.DeactivateAsync(Guid.CreateVersion7()));
        var crossTenant = await AsAsync(_alpha, PortalRoles.Owner, async o => new[]
        {
            await o.DeactivateAsync(foreign),
            await o.ReactivateAsync(foreign),
            await o.ChangeRoleAsync(foreign, PortalRoles.Viewer),
        });
        var reset = await AsAsync(_alpha, PortalRoles.Owner, o => o.ResetPasswordAsync(foreign));

        Assert.Equal("not_found", missing.Code);
        Assert.All(crossTenant, r => Assert.Equal((missing.Error, missing.Code), (r.Error, r.Code)));
        Assert.Equal((missing.Error, missing.Code), (reset.Error, reset.Code));
        var user = await UserAsync(foreign);
        Assert.True(user.IsActive);
        Assert.Equal(PortalRoles.Recruiter, user.Role);
        Assert.Empty(await AuditOfAsync(_beta, foreign));
    }

    [Fact]
    public async Task Recruiters_and_viewers_cannot_manage_users()
    {
        var viewer = await IdOfAsync(_alpha, PortalRoles.Viewer);
        foreach (var role in new[] { PortalRoles.Recruiter, PortalRoles.Viewer })
        {
            // Refused by the role check every changing service call makes, before anything is read.
            await Assert.ThrowsAsync<RoleDeniedException>(() => AsAsync(_alpha, role, a => a.InviteAsync("Sneaky", "sneaky@users-alpha.test", PortalRoles.Viewer)));
            await Assert.ThrowsAsync<RoleDeniedException>(() => AsAsync(_alpha, role, a => a.DeactivateAsync(viewer)));
            await Assert.ThrowsAsync<RoleDeniedException>(() => AsAsync(_alpha, role, a => a.SetTwoFactorRequiredAsync(true)));
        }

        Assert.True((await UserAsync(viewer)).IsActive);
    }

    [Fact]
    public async Task An_invitation_link_sets_the_password_once_and_every_action_is_audited_by_id()
    {
        var link = (await AsAsync(_alpha, PortalRoles.Admin, a => a.InviteAsync("Rita Recruiter", "rita@users-alpha.test", PortalRoles.Recruiter))).Value!;
        var invited = await UserAsync(link.UserId);
        Assert.Null(invited.PasswordHash);
        Assert.Equal(InvitationToken.Hash(link.Token), invited.InvitationTokenHash);
        Assert.DoesNotContain(link.Token, invited.InvitationTokenHash, StringComparison.Ordinal);
        Assert.InRange((invited.InvitationExpiresAt!.Value - DateTime.UtcNow).TotalDays, 6.9, 7.0);

        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var invitations = scope.ServiceProvider.GetRequiredService<UserInvitations>();
            Assert.Equal("rita@users-alpha.test", (await invitations.CheckAsync(link.Token)).Value);
            Assert.Equal("invalid", (await invitations.SetPasswordAsync(link.Token, "short", null)).Code);
            Assert.True((await invitations.SetPasswordAsync(link.Token, TestTenants.Password, "127.0.0.1")).IsSuccess);
            Assert.Equal(UserInvitations.InvalidLink, (await invitations.SetPasswordAsync(link.Token, TestTenants.Password, null)).Error);
        }

        Assert.True(await PasswordWorksAsync(link.UserId, TestTenants.Password));

        Assert.True((await AsAsync(_alpha, PortalRoles.Admin, a => a.ChangeRoleAsync(link.UserId, PortalRoles.Viewer))).Value);
        var reset = (await AsAsync(_alpha, PortalRoles.Admin, a => a.ResetPasswordAsync(link.UserId))).Value!;
        Assert.NotEqual(link.Token, reset.Token);
        Assert.False(await PasswordWorksAsync(link.UserId, TestTenants.Password));
        Assert.True((await AsAsync(_alpha, PortalRoles.Admin, a => a.DeactivateAsync(link.UserId))).Value);
        Assert.True((await AsAsync(_alpha, PortalRoles.Admin, a => a.ReactivateAsync(link.UserId))).Value);
        Assert.True((await AsAsync(_alpha, PortalRoles.Admin, a => a.SetTwoFactorRequiredAsync(true))).Value);

        // Deactivation killed the reset link.
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<UserInvitations>().CheckAsync(reset.Token)).IsSuccess);
        }

        var adminId = await IdOfAsync(_alpha, PortalRoles.Admin);
        var entries = await AuditOfAsync(_alpha, link.UserId);
        Assert.Equal(
            [AuditActions.UserInvited, AuditActions.UserPasswordSet, AuditActions.UserRoleChanged, AuditActions.UserPasswordReset, AuditActions.UserDeactivated, AuditActions.UserReactivated],
            entries.Select(e => e.Action));
        Assert.All(entries.Where(e => e.Action != AuditActions.UserPasswordSet), e => Assert.Equal(adminId, e.ActorUserId));
        Assert.Equal(link.UserId, Assert.Single(entries, e => e.Action == AuditActions.UserPasswordSet).ActorUserId);
        Assert.Equal("Recruiter → Viewer", Assert.Single(entries, e => e.Action == AuditActions.UserRoleChanged).Detail);
        Assert.All(entries, e => Assert.DoesNotContain("rita", (e.Detail ?? "") + e.EntityId, StringComparison.OrdinalIgnoreCase));
        Assert.All(entries, e => Assert.DoesNotContain(reset.Token, e.Detail ?? "", StringComparison.Ordinal));
        var twoFactor = Assert.Single(await AuditOfAsync(_alpha, _alpha.Id));
        Assert.Equal(AuditActions.TwoFactorRequirementChanged, twoFactor.Action);
        Assert.Equal(adminId, twoFactor.ActorUserId);
    }

    [Fact]
    public async Task An_expired_link_or_one_for_a_deactivated_user_does_not_work()
    {
        var link = (await AsAsync(_alpha, PortalRoles.Admin, a => a.InviteAsync("Late Larry", "larry@users-alpha.test", PortalRoles.Viewer))).Value!;
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(link.UserId.ToString()))!;
            user.InvitationExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            await users.UpdateAsync(user);
        }

        await using var check = _portal.Services.CreateAsyncScope();
        var invitations = check.ServiceProvider.GetRequiredService<UserInvitations>();
        Assert.Equal(UserInvitations.InvalidLink, (await invitations.SetPasswordAsync(link.Token, TestTenants.Password, null)).Error);
        Assert.False((await invitations.CheckAsync("not-a-token")).IsSuccess);
        Assert.Null((await UserAsync(link.UserId)).PasswordHash);
    }

    [Fact]
    public async Task Inviting_an_email_that_has_an_account_says_so()
    {
        var result = await AsAsync(_alpha, PortalRoles.Admin, a => a.InviteAsync("Twin", _beta.EmailOf(PortalRoles.Viewer), PortalRoles.Viewer));

        Assert.Equal("exists", result.Code);
        Assert.Equal($"The email {_beta.EmailOf(PortalRoles.Viewer)} already has an account.", result.Error);
    }

    [Fact]
    public async Task Deactivating_and_changing_role_rotate_the_security_stamp()
    {
        var recruiter = await IdOfAsync(_alpha, PortalRoles.Recruiter);
        var before = (await UserAsync(recruiter)).SecurityStamp;

        await AsAsync(_alpha, PortalRoles.Admin, a => a.ChangeRoleAsync(recruiter, PortalRoles.Viewer));
        var afterRole = (await UserAsync(recruiter)).SecurityStamp;
        await AsAsync(_alpha, PortalRoles.Admin, a => a.DeactivateAsync(recruiter));
        var afterDeactivation = (await UserAsync(recruiter)).SecurityStamp;

        Assert.NotEqual(before, afterRole);
        Assert.NotEqual(afterRole, afterDeactivation);
    }

    private async Task<T> AsAsync<T>(SeededTenant tenant, string role, Func<UserAdministration, Task<T>> act)
    {
        var userId = await IdOfAsync(tenant, role);
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenant.Id, userId, role);
        return await act(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private async Task<Guid> IdOfAsync(SeededTenant tenant, string role)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(tenant.EmailOf(role)))!.Id;
    }

    private async Task<PortalUser> UserAsync(Guid id)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(id.ToString()))!;
    }

    private async Task<bool> PasswordWorksAsync(Guid id, string password)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(id.ToString()))!, password);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(SeededTenant tenant, Guid entityId)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenant.Id);
        var found = await scope.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(EntityId: entityId.ToString()));
        return found.Entries.Reverse().ToList();
    }
}
