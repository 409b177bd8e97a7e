namespace RecruiterPortal.Core.Matching;

/// <summary>Payload of a <c>score_job</c> pipeline job.</summary>
public sealed record ScoreJobPayload(Guid JobPostingId);
