namespace RecruiterPortal.Core.Provisioning;

/// <summary>
/// Demo mode: a demo tenant with one user per role (and sample data as features add it), so a
/// newcomer can click around at once. Credentials are printed at start-up.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    public string TenantName { get; set; } = "Demo Recruiting";

    /// <summary>The shared password of the demo users; change it for any demo others can reach.</summary>
    public string Password { get; set; } = "demo-portal-pass-2026";

    public string EmailDomain { get; set; } = "demo.example";
}
