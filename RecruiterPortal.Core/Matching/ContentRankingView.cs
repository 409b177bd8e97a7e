namespace RecruiterPortal.Core.Matching;

/// <summary>A candidate's resume content ordered for a posting, as stored (and maybe reordered by a recruiter).</summary>
public sealed record ContentRankingView(
    Guid CandidateId,
    Guid JobPostingId,
    Guid ResumeId,
    int JobVersion,
    IReadOnlyList<RankedContent> Experiences,
    IReadOnlyList<RankedContent> Projects,
    IReadOnlyList<RankedContent> Skills,
    bool UserModified,
    DateTime CreatedAt,
    DateTime UpdatedAt);
