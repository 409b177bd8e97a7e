using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Employers;

/// <summary>
/// One way a company name was written ("Google LLC", "google inc."), and the employer it resolves
/// to. A new written form joins the employer whose aliases share its key; a form already known
/// always goes where its alias points, so a recruiter's merge or split sticks.
/// </summary>
public class EmployerAlias : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployerId { get; set; }

    /// <summary>The form as first written, department removed ("Google, LLC").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The form in lower case with single spaces: unique in the tenant.</summary>
    public string Variant { get; set; } = string.Empty;

    /// <summary>The normaliser's key of the form.</summary>
    public string Key { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
