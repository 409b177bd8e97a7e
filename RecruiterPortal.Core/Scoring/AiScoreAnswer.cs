namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// The model's answer once read and checked: its overall score, the verdicts with invented quotes
/// dropped, and what was corrected. <see cref="Score"/> is what the portal uses: the model's
/// overall score, capped at the corrected verdicts' score when quotes had to be dropped.
/// </summary>
public sealed record AiScoreAnswer(
    double ModelScore,
    double Score,
    string? Summary,
    IReadOnlyList<RequirementVerdict> Verdicts,
    IReadOnlyList<string> Warnings)
{
    public bool EvidenceRejected => Verdicts.Any(v => v.EvidenceRejected);
}
