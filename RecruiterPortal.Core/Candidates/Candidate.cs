using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Candidates;

/// <summary>
/// A person in the tenant's talent pool. Contact fields and profile come from the newest resume
/// version (<see cref="CurrentResumeId"/>) unless a recruiter corrected them since.
/// </summary>
public class Candidate : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public string? FullName { get; set; }

    /// <summary>Stored encrypted (docs/privacy.md); reads and writes see the clear value.</summary>
    public string? Email { get; set; }

    /// <summary>
    /// Keyed hash of the trimmed lower-case <see cref="Email"/>: the first key of person
    /// de-duplication. Set on save from <see cref="Email"/>; never set it by hand.
    /// </summary>
    public string? EmailHash { get; set; }

    /// <summary>Stored encrypted, like <see cref="Email"/>.</summary>
    public string? Phone { get; set; }

    /// <summary>Keyed hash of <see cref="Phone"/> in E.164: the second key of person de-duplication. Set on save.</summary>
    public string? PhoneHash { get; set; }

    public string? Location { get; set; }

    public string? LinkedinUrl { get; set; }

    public string? GithubUrl { get; set; }

    public string? Website { get; set; }

    public string? Summary { get; set; }

    /// <summary>The most recent position's title, kept for lists and search.</summary>
    public string? Title { get; set; }

    public List<string> Certifications { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public double? TotalYearsExperience { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public Guid? CurrentResumeId { get; set; }

    public List<CandidateExperience> Experience { get; set; } = [];

    public List<CandidateEducation> Education { get; set; } = [];

    public List<CandidateProject> Projects { get; set; } = [];

    public List<CandidateSkill> Skills { get; set; } = [];
}
