namespace RecruiterPortal.Core.Tenancy;

/// <summary>An organisation using the portal: a recruiting agency or an in-house team.</summary>
public class Tenant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>URL-friendly, unique identifier derived from the name.</summary>
    public required string Slug { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Whether every user must set up two-factor sign-in before using the portal.</summary>
    public bool RequireTwoFactor { get; set; }

    /// <summary>
    /// Candidates with no activity for this many days are erased by the retention job; null keeps
    /// them (docs/privacy.md).
    /// </summary>
    public int? RetentionDays { get; set; }
}
