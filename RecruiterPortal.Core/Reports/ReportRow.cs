using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Reports;

/// <summary>
/// One candidate in a saved <see cref="Report"/> (seed 004's <c>report_rows</c>): the values as
/// they were when the report was made, not references that would be recomputed. The candidate id
/// is kept to link to the candidate while they exist; erasing the candidate removes the row.
/// </summary>
public class ReportRow : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid ReportId { get; set; }

    /// <summary>1 for the best match.</summary>
    public int Rank { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>The resume version that was scored.</summary>
    public Guid? ResumeId { get; set; }

    public string? CandidateName { get; set; }

    /// <summary>The candidate's latest position title at the time.</summary>
    public string? CandidateTitle { get; set; }

    /// <summary>The local (deterministic) match score, 0–1.</summary>
    public double LocalScore { get; set; }

    /// <summary>The score's parts (<see cref="Matching.MatchComponents"/>) as JSON.</summary>
    public string ComponentsJson { get; set; } = "{}";

    public List<string> MatchedSkills { get; set; } = [];

    public List<string> MissingSkills { get; set; } = [];

    /// <summary>JSON array of <see cref="ReportVerdict"/>: one verdict per requirement of the job.</summary>
    public string VerdictsJson { get; set; } = "[]";

    /// <summary>The matcher's one-paragraph explanation.</summary>
    public string Explanation { get; set; } = "";

    /// <summary>An AI score for the pair (0–1) when one existed; null when none was made.</summary>
    public double? AiScore { get; set; }

    /// <summary>A short summary of the AI's per-requirement verdicts when an AI score existed.</summary>
    public string? AiVerdictSummary { get; set; }

    /// <summary>The latest tailoring of this candidate's resume to the job, if any.</summary>
    public Guid? TailoringId { get; set; }

    /// <summary>Its status then (<see cref="Tailoring.TailoredResumeStatuses"/>), or null when none existed.</summary>
    public string? TailoringStatus { get; set; }

    /// <summary>The tailored resume's match score then (the reviewed version's when changes were declined).</summary>
    public double? TailoredScore { get; set; }
}
