namespace RecruiterPortal.Core.Provisioning;

/// <summary>
/// Unattended provisioning at start-up: when <see cref="TenantName"/> is set and no tenant of that
/// name exists, it is created with its Owner and, if given, an Owner-role API key. Idempotent.
/// </summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? TenantName { get; set; }

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? ApiKey { get; set; }
}
