using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Matching;

/// <summary>A resume's stored score in one <see cref="AnalysisSession"/>: the analysis history.</summary>
public class ResumeAnalysis : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ResumeId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid AnalysisSessionId { get; set; }

    public double Score { get; set; }

    /// <summary>The <see cref="MatchComponents"/> as snake_case JSON.</summary>
    public string ComponentsJson { get; set; } = "{}";

    public List<string> MatchedSkills { get; set; } = [];

    public List<string> MissingSkills { get; set; } = [];

    public string Explanation { get; set; } = "";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
