using System.ComponentModel.DataAnnotations;

namespace RecruiterPortal.Core.Users;

/// <summary><c>Users:*</c>: how long set-password links live, and how soon a change to a user reaches their open sessions.</summary>
public sealed class UserAccountOptions
{
    public const string Section = "Users";

    /// <summary>Days an invitation or password-reset link stays valid.</summary>
    [Range(1, 30)]
    public int InvitationValidDays { get; set; } = 7;

    /// <summary>
    /// Seconds between re-checks of a signed-in user (cookie and open page): a deactivated user, or
    /// one whose role changed, loses access within this time. At most a minute.
    /// </summary>
    [Range(1, 60)]
    public int RevalidationSeconds { get; set; } = 60;
}
