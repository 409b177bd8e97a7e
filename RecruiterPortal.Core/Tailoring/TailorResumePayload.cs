namespace RecruiterPortal.Core.Tailoring;

/// <summary>The payload of a <c>tailor_resume</c> job: everything else is read from the row.</summary>
public sealed record TailorResumePayload(Guid TailoredResumeId);
