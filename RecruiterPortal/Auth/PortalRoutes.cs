namespace RecruiterPortal.Auth;

/// <summary>Routes other code links to, in one place.</summary>
public static class PortalRoutes
{
    public const string Home = "/";
    public const string Login = "/Account/Login";
    public const string LoginWith2fa = "/Account/LoginWith2fa";
    public const string Logout = "/Account/Logout";
    public const string AccessDenied = "/Account/AccessDenied";
    public const string Lockout = "/Account/Lockout";
    public const string Signup = "/Account/Signup";
    public const string Setup = "/Account/Setup";
    public const string Profile = "/Account/Manage";
    public const string TwoFactor = "/Account/Manage/TwoFactor";
    public const string Invite = Core.Users.SetPasswordLink.Route;
    public const string ApiKeys = "/admin/api-keys";
    public const string Users = "/admin/users";
    public const string Settings = "/admin/settings";
}
