using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Employers;

/// <summary>
/// A canonical employer of the tenant (seed table <c>employers</c>): the one company that every
/// way of writing its name in candidates' experience resolves to. The written forms are its
/// <see cref="EmployerAlias"/>es; experience rows point at it through <c>EmployerId</c>.
/// </summary>
public class Employer : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>The display name ("Google"), without legal forms.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The normaliser's key of <see cref="Name"/> (<see cref="EmployerNames.Key"/>).</summary>
    public string Key { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
