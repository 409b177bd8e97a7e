namespace RecruiterPortal.Core.Candidates;

/// <summary>Where a candidate's skill came from.</summary>
public static class CandidateSkillSources
{
    /// <summary>Read from the resume by the parser.</summary>
    public const string Resume = "resume";

    /// <summary>Added by a recruiter's correction.</summary>
    public const string Recruiter = "recruiter";
}
