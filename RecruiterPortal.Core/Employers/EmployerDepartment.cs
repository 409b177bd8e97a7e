using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Employers;

/// <summary>A department of an employer that experience entries name ("Google – Cloud"); seed table <c>employer_departments</c>.</summary>
public class EmployerDepartment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployerId { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>Lower case with single spaces: unique per employer.</summary>
    public string Key { get; set; } = string.Empty;
}
