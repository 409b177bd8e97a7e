using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Reports;

/// <summary>
/// A saved report about one job posting (seed 004's <c>reports</c>). Everything it shows is copied
/// into it and its <see cref="ReportRow"/>s when it is made, so it reads the same later, whatever
/// happens to the scores, the weights, the job or the candidates' resumes since.
/// </summary>
public class Report : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>One of <see cref="ReportKinds"/>.</summary>
    public string Kind { get; set; } = ReportKinds.Shortlist;

    public string Title { get; set; } = "";

    /// <summary>Null once the posting is deleted; the copied job details remain.</summary>
    public Guid? JobPostingId { get; set; }

    public string JobTitle { get; set; } = "";

    public string? JobCompany { get; set; }

    /// <summary>The posting's version the candidates were scored against.</summary>
    public int JobVersion { get; set; }

    /// <summary>How many candidates were asked for; the report may hold fewer when the pool is smaller.</summary>
    public int TopN { get; set; }

    /// <summary>How many candidates were ranked for the job when the report was made.</summary>
    public int RankedCount { get; set; }

    /// <summary>The tenant's scoring weights version used (0: the defaults).</summary>
    public int WeightageVersion { get; set; }

    /// <summary>The weights themselves, as JSON, so the report says how its scores were made.</summary>
    public string WeightsJson { get; set; } = "{}";

    public Guid? CreatedByUserId { get; set; }

    /// <summary>Who made it as shown on the report: a user's display name or an API key's name, copied.</summary>
    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
