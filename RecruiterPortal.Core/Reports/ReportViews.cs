using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Core.Reports;

/// <summary>A report in a list: what it is about, who made it and when, how many rows.</summary>
public sealed record ReportSummary(
    Guid Id,
    string Kind,
    string Title,
    Guid? JobPostingId,
    string JobTitle,
    int TopN,
    int RowCount,
    string CreatedBy,
    DateTime CreatedAt);

/// <summary>A saved report with its frozen rows, best match first.</summary>
public sealed record ReportView(
    Guid Id,
    string Kind,
    string Title,
    Guid? JobPostingId,
    string JobTitle,
    string? JobCompany,
    int JobVersion,
    int TopN,
    int RankedCount,
    int WeightageVersion,
    WeightageView? Weights,
    string CreatedBy,
    Guid? CreatedByUserId,
    DateTime CreatedAt,
    IReadOnlyList<ReportRowView> Rows);

/// <summary>One frozen row of a report.</summary>
public sealed record ReportRowView(
    int Rank,
    Guid CandidateId,
    Guid? ResumeId,
    string? CandidateName,
    string? CandidateTitle,
    double LocalScore,
    MatchComponents? Components,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<ReportVerdict> Verdicts,
    string Explanation,
    double? AiScore,
    string? AiVerdictSummary,
    Guid? TailoringId,
    string? TailoringStatus,
    double? TailoredScore)
{
    public int MetCount => Verdicts.Count(v => v.Verdict == ReportVerdict.Met);
}
