namespace RecruiterPortal.Core.JobPostings;

/// <summary>Highest completed (or asked-for) level of formal education, ordered by level.</summary>
public enum EducationLevel
{
    None = 0,
    HighSchool = 1,
    Associate = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}
