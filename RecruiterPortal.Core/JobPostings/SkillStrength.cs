namespace RecruiterPortal.Core.JobPostings;

/// <summary>How firmly one mention of a skill in a job description asks for it.</summary>
internal enum SkillStrength
{
    /// <summary>Named in the description of the work, without saying whether it is required.</summary>
    Implied,
    Preferred,
    Required,
}
