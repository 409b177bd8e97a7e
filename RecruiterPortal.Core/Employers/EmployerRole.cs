using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Employers;

/// <summary>A position title held at an employer by some candidate; seed table <c>employer_roles</c>.</summary>
public class EmployerRole : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployerId { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>Lower case with single spaces: unique per employer.</summary>
    public string Key { get; set; } = string.Empty;
}
