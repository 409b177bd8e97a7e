namespace RecruiterPortal.Core.Privacy;

/// <summary>What an erasure removed, as counts only (the audit log's detail).</summary>
public sealed record ErasureSummary(Guid CandidateId, int Resumes, int Files, int Tailorings, int Analyses, int Jobs)
{
    public string Describe() =>
        $"Erased {Resumes} resume versions, {Files} stored files, {Tailorings} tailored resumes, {Analyses} match analyses, {Jobs} pipeline jobs";
}
