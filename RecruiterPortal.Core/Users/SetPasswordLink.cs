namespace RecruiterPortal.Core.Users;

/// <summary>A one-time link's secret for a user, shown once to the admin who asked for it and never stored.</summary>
public sealed record SetPasswordLink(Guid UserId, string Token, DateTime ExpiresAt)
{
    public const string Route = "/Account/Invite";

    /// <summary>The link relative to the portal's base address.</summary>
    public string RelativeUrl => $"{Route.TrimStart('/')}?token={Uri.EscapeDataString(Token)}";
}
